package main

import (
	"fmt"
	"os"
	"reflect"
	"sort"
	"text/template"
)

type P struct {
	Name string
	Age  int
}

func main() {
	items := []any{P{"b", 2}, P{"a", 1}, P{"c", 3}}
	sort.Slice(items, func(i, j int) bool { return items[i].(P).Age < items[j].(P).Age })
	fmt.Println(items)
	arr := []any{P{"q", 1}, 2}
	reflect.ValueOf(arr).Index(1).Set(reflect.ValueOf("set"))
	fmt.Println(arr)
	var boxed any = []any{P{"z", 26}, P{"y", 25}}
	sort.Slice(boxed, func(i, j int) bool {
		s := boxed.([]any)
		return s[i].(P).Name < s[j].(P).Name
	})
	fmt.Println(boxed.([]any)[0].(P).Name, boxed.([]any)[1])
	t := template.Must(template.New("t").Parse("{{range .}}{{.Name}}={{.Age}} {{end}}\n"))
	t.Execute(os.Stdout, items)
	p, ok := items[0].(P)
	fmt.Println(p, ok, items)
	t.Execute(os.Stdout, map[string]P{"k": {"m", 13}})
}
