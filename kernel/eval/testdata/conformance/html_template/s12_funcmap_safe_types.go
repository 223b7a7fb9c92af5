package main

import (
	"fmt"
	"html/template"
	"os"
	"strings"
)

type Markdown string

func (m Markdown) HTML() template.HTML {
	s := template.HTMLEscapeString(string(m))
	s = strings.ReplaceAll(s, "**", "<b>")
	return template.HTML(s)
}

type Link struct {
	Text string
	Href string
}

func (l Link) SafeHref() template.URL { return template.URL(l.Href) }

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"attr":  func(s string) template.HTMLAttr { return template.HTMLAttr(`data-x="` + s + `"`) },
		"md":    func(m Markdown) template.HTML { return m.HTML() },
	}
	t := template.Must(template.New("p").Funcs(funcs).Parse(`<p {{attr "1"}}>{{upper .Title}}</p>
{{md .Body}}|{{.Body.HTML}}|{{.Body}}
{{range .Links}}<a href="{{.Href}}">{{.Text}}</a> <a href="{{.SafeHref}}">safe</a>
{{end}}<script>var data = {{.Data}};</script>
`))
	data := map[string]any{
		"Title": "<hi>",
		"Body":  Markdown("**bold** & <i>"),
		"Links": []Link{{"ok", "https://example.com/?q=a b"}, {"js", "javascript:alert(1)"}},
		"Data":  map[string]any{"n": 1, "s": "</script>"},
	}
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println(err)
	}
}
