package main

import (
	"html/template"
	"io"
	"os"
)

func main() {
	t := template.Must(template.New("p").Parse(`<a href="/q?x={{.Q}}">{{.Text}}</a><script>var v = {{.Text}};</script>` + "\n"))
	t.Execute(os.Stdout, map[string]string{"Q": "a b&c", "Text": "<b>\"hi\"</b>"})
	io.WriteString(os.Stdout, template.HTMLEscapeString("<x & y>")+"\n")
}
