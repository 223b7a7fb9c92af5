package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"os"
	"text/template"
)

type U struct {
	Name string
	Age  int
}

func (u *U) Adult() bool  { return u.Age >= 18 }
func (u U) Upper() string { return "U:" + u.Name }

type Box struct {
	Items []U
	Ptr   *U
	Map   map[string]U
}

func main() {
	t := template.Must(template.New("t").Parse("{{.Upper}} {{.Adult}}\n"))
	fmt.Println(t.Execute(os.Stdout, &U{"a", 20}))
	fmt.Println(t.Execute(os.Stdout, U{"b", 10}))
	t2 := template.Must(template.New("t2").Parse("{{range .Items}}{{.Upper}}{{end}} {{.Ptr.Adult}} {{(index .Items 0).Adult}}\n"))
	fmt.Println(t2.Execute(os.Stdout, Box{Items: []U{{"x", 30}}, Ptr: &U{"p", 5}}))
	t3 := template.Must(template.New("t3").Parse("{{range $k, $v := .Map}}{{$v.Adult}}{{end}}\n"))
	fmt.Println(t3.Execute(os.Stdout, Box{Map: map[string]U{"k": {"m", 40}}}))
	var buf bytes.Buffer
	err := gob.NewEncoder(&buf).Encode(Box{Items: []U{{"g", 1}}, Ptr: &U{"h", 2}, Map: map[string]U{"z": {"i", 3}}})
	var back Box
	err2 := gob.NewDecoder(&buf).Decode(&back)
	fmt.Println(err, err2, back.Items, *back.Ptr, back.Map)
}
