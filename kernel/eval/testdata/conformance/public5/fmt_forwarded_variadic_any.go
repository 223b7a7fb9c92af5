package main

import (
	"encoding/json"
	"fmt"
	"log"
	"os"
	"strings"
)

type P struct {
	Name string
	Age  int
}

type S struct{ V int }

func (s S) String() string { return fmt.Sprintf("S<%d>", s.V) }

func logf(format string, args ...any) string { return fmt.Sprintf(format, args...) }

func main() {
	args := []any{P{"a", 1}, S{2}, 3}
	fmt.Println(args...)
	fmt.Printf("%v|%v|%v\n", args...)
	fmt.Println(logf("%+v and %s", P{"b", 2}, S{9}))
	fmt.Println(logf("%v", args))
	b, _ := json.Marshal(map[string]any{"p": P{"c", 3}, "list": []any{P{"d", 4}, S{5}}})
	fmt.Println(string(b))
	var sb strings.Builder
	l := log.New(&sb, "", 0)
	l.Println(args...)
	l.Printf("%v", []any{P{"e", 5}})
	fmt.Print(sb.String())
	fmt.Fprintln(os.Stdout, append([]any{"prefix"}, args...)...)
	err := fmt.Errorf("bad %v: %w", P{"f", 6}, fmt.Errorf("inner %v", S{7}))
	fmt.Println(err)
	nested := map[string][]any{"x": {P{"g", 7}}}
	fmt.Println(nested)
	type wrap struct{ Items []any }
	fmt.Printf("%+v\n", wrap{[]any{P{"h", 8}, S{1}}})
}
