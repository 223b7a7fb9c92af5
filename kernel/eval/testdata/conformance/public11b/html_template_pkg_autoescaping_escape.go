package main

import (
	"fmt"
	"html/template"
	"log"
	"os"
)

func main() {
	// Example
	{
		const tpl = `
<!DOCTYPE html>
<html>
	<head>
		<meta charset="UTF-8">
		<title>{{.Title}}</title>
	</head>
	<body>
		{{range .Items}}<div>{{ . }}</div>{{else}}<div><strong>no rows</strong></div>{{end}}
	</body>
</html>`

		check := func(err error) {
			if err != nil {
				log.Fatal(err)
			}
		}
		t, err := template.New("webpage").Parse(tpl)
		check(err)

		data := struct {
			Title string
			Items []string
		}{
			Title: "My page",
			Items: []string{
				"My photos",
				"My blog",
			},
		}

		err = t.Execute(os.Stdout, data)
		check(err)

		noItems := struct {
			Title string
			Items []string
		}{
			Title: "My another page",
			Items: []string{},
		}

		err = t.Execute(os.Stdout, noItems)
		check(err)

	}

	// Example_autoescaping
	{
		check := func(err error) {
			if err != nil {
				log.Fatal(err)
			}
		}
		t, err := template.New("foo").Parse(`{{define "T"}}Hello, {{.}}!{{end}}`)
		check(err)
		err = t.ExecuteTemplate(os.Stdout, "T", "<script>alert('you have been pwned')</script>")
		check(err)
	}

	// Example_escape
	{
		const s = `"Fran & Freddie's Diner" <tasty@example.com>`
		v := []any{`"Fran & Freddie's Diner"`, ' ', `<tasty@example.com>`}

		fmt.Println(template.HTMLEscapeString(s))
		template.HTMLEscape(os.Stdout, []byte(s))
		fmt.Fprintln(os.Stdout, "")
		fmt.Println(template.HTMLEscaper(v...))

		fmt.Println(template.JSEscapeString(s))
		template.JSEscape(os.Stdout, []byte(s))
		fmt.Fprintln(os.Stdout, "")
		fmt.Println(template.JSEscaper(v...))

		fmt.Println(template.URLQueryEscaper(v...))

	}
}
