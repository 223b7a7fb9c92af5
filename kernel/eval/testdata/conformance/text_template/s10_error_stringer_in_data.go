package main

import (
	"fmt"
	"os"
	"text/template"
)

type Both struct{ code int }

func (b Both) Error() string  { return fmt.Sprintf("error %d", b.code) }
func (b Both) String() string { return fmt.Sprintf("string %d", b.code) }
func (b Both) Code() int      { return b.code }

type Data struct {
	S  fmt.Stringer
	E  error
	SS []fmt.Stringer
	M  map[string]error
}

func main() {
	t := template.Must(template.New("t").Parse(`{{.S}} {{.E}} {{.S.String}} {{.E.Error}}
{{range .SS}}[{{.}}]{{end}}
{{range $k, $v := .M}}{{$k}}={{$v}} {{end}}
{{printf "%v|%s" .S .E}} {{.SS}}
`))
	d := Data{S: Both{1}, E: Both{2}, SS: []fmt.Stringer{Both{3}, Both{4}}, M: map[string]error{"a": Both{5}}}
	if err := t.Execute(os.Stdout, d); err != nil {
		fmt.Println("error:", err)
	}
	t2 := template.Must(template.New("t2").Parse("{{range .}}{{.}} {{end}}\n"))
	if err := t2.Execute(os.Stdout, []error{Both{6}, Both{7}}); err != nil {
		fmt.Println("error:", err)
	}
}
