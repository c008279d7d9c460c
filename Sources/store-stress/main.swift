print("store-stress")
