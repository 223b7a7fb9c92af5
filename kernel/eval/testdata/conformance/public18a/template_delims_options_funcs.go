package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

func main() {
	t := template.Must(template.New("d").Delims("[[", "]]").Parse("Hello [[.Name]]! {{not an action}} [[len .Items]]\n"))
	t.Execute(os.Stdout, map[string]any{"Name": "ann", "Items": []int{1, 2}})
	t2 := template.Must(template.New("z").Option("missingkey=zero").Parse("[{{.a}}][{{.b}}]\n"))
	t2.Execute(os.Stdout, map[string]int{"a": 1})
	t3 := template.Must(template.New("d").Option("missingkey=default").Parse("[{{.a}}][{{.b}}]\n"))
	t3.Execute(os.Stdout, map[string]any{"a": 1})
	funcs := template.FuncMap{
		"split": strings.Split,
		"div": func(a, b int) (int, error) {
			if b == 0 {
				return 0, fmt.Errorf("divide %d by zero", a)
			}
			return a / b, nil
		},
		"variadic": func(sep string, xs ...string) string { return strings.Join(xs, sep) },
	}
	t4 := template.Must(template.New("f").Funcs(funcs).Parse(`{{range split "a,b,c" ","}}<{{.}}>{{end}} {{div 7 2}} {{variadic "-" "x" "y" "z"}} {{call .F 3}}
{{with $x := 5}}{{$x}}{{end}} {{if and 1 0}}yes{{else}}no{{end}} {{print 1 2 "s" 3}} {{println "ln"}}{{printf "%T" .F}}
`))
	err := t4.Execute(os.Stdout, map[string]any{"F": func(i int) int { return i * i }})
	fmt.Println(err)
	t5 := template.Must(template.New("e").Funcs(funcs).Parse("a{{div 1 0}}b\n"))
	fmt.Println(t5.Execute(os.Stdout, nil))
	_, err = template.New("bad").Funcs(funcs).Parse("{{undefinedFunc 1}}")
	fmt.Println(err)
	t6 := template.Must(template.New("ws").Parse("a  {{- 1 -}}  b {{- /* c */ -}} c\n{{\"quoted\"}} {{`raw`}} {{1.5}} {{'x'}} {{nil | printf \"%v\"}}\n"))
	fmt.Println(t6.Execute(os.Stdout, nil))
	fmt.Println(template.HTMLEscapeString("<x>"), template.JSEscapeString("\u2028"))
	fmt.Println(template.IsTrue(0))
}
