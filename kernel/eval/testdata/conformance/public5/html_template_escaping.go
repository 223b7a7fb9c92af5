package main

import (
	"fmt"
	"html/template"
	"os"
	"strings"
)

type Comment struct {
	Author string
	Body   string
	URL    string
	Score  int
}

const page = `<h1>{{.Title}}</h1>
<ul>
{{range .Comments}}<li data-score="{{.Score}}"><a href="{{.URL}}">{{.Author}}</a>: {{.Body}}</li>
{{end}}</ul>
<script>var title = {{.Title}}; var n = {{len .Comments}};</script>
<p title="{{.Title}}">{{.Safe}}</p>
`

func main() {
	t := template.Must(template.New("page").Parse(page))
	data := map[string]any{
		"Title": `Tom & "Jerry" <3`,
		"Comments": []Comment{
			{"alice", "<b>bold</b> claim", "https://example.com/?q=a b&x=1", 5},
			{"mallory", `<script>alert("x")</script>`, "javascript:alert(1)", -1},
		},
		"Safe": template.HTML("<em>trusted</em>"),
	}
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println("error:", err)
	}
	var sb strings.Builder
	template.HTMLEscape(&sb, []byte(`a<b>"c"&'d'`))
	sb.WriteString("\n" + template.JSEscapeString(`it's "q" </script>`) + "\n")
	sb.WriteString(template.URLQueryEscaper("a b&c=d/é") + "\n")
	fmt.Print(sb.String())
}
