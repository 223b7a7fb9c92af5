package main

import (
	"fmt"
	"html/template"
	"os"
)

type Comment struct {
	Author string
	Body   string
	URL    string
	Safe   template.HTML
}

func main() {
	const page = `<ul>{{range .}}
<li><a href="{{.URL}}" title="{{.Author}}">{{.Author}}</a>: {{.Body}} {{.Safe}}<script>var a = {{.Author}};</script></li>{{end}}
</ul>
`
	t := template.Must(template.New("p").Parse(page))
	cs := []Comment{
		{"ann", "hello <b>world</b>", "https://example.com/?q=a&b=c", template.HTML("<i>ok</i>")},
		{`bob"s`, "x < y && y > z", "javascript:alert(1)", ""},
	}
	if err := t.Execute(os.Stdout, cs); err != nil {
		panic(err)
	}
	fmt.Println(template.HTMLEscapeString("<a href='x'>"))
	fmt.Println(template.JSEscapeString(`he said "hi"`))
}
