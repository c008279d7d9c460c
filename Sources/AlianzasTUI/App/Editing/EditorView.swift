/// An open form, over the screen, with its title and how to use it.
enum EditorView {
  static func render(_ editor: EditorState, state: AppState, in area: Rect, buffer: inout Buffer) {
    let width = min(area.width - 2, 96)
    let rect = Rect(x: area.x + (area.width - width) / 2, y: area.y, width: width, height: area.height)
    buffer.fill(rect)
    Frame(editor.title, style: .bold, focused: true).render(in: rect, buffer: &buffer)
    let inner = rect.inset(dx: 2, dy: 1)
    FormView(editor.form, labelWidth: min(30, inner.width / 2)).render(in: inner, buffer: &buffer)
  }
}
