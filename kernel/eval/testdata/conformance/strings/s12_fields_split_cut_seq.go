package main

import (
	"fmt"
	"strings"
	"unicode"
)

type KV map[string]string

func ParseKV(s string) KV {
	kv := KV{}
	for field := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == ';' || unicode.IsSpace(r) }) {
		k, v, ok := strings.Cut(field, "=")
		if !ok {
			v = "true"
		}
		kv[strings.ToLower(k)] = strings.Trim(v, `"`)
	}
	return kv
}

type Path string

func (p Path) Parts() []string {
	return strings.FieldsFunc(string(p), func(r rune) bool { return r == '/' })
}

func main() {
	kv := ParseKV(`Name="Go Pher"; age=13 ; admin;  Lang=go`)
	fmt.Println(len(kv), kv["name"], kv["age"], kv["admin"], kv["lang"])
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,,c", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c", ",", 2))
	fmt.Printf("%q\n", strings.Fields("  x \t y\nz  "))
	fmt.Printf("%q\n", Path("/usr//local/bin/").Parts())
	for line := range strings.Lines("one\ntwo\r\nthree") {
		fmt.Printf("%q ", line)
	}
	fmt.Println()
	for part := range strings.SplitSeq("2024-05-17", "-") {
		fmt.Print(part, ".")
	}
	fmt.Println()
	before, found := strings.CutPrefix("v1.2.3", "v")
	after, found2 := strings.CutSuffix("main.go", ".rs")
	fmt.Println(before, found, after, found2)
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Go", "GO"))
	fmt.Println(strings.Title("hello wide world"), strings.ToTitle("ǆ"), strings.ToValidUTF8("a\xffb", "?"))
	fmt.Println(strings.IndexAny("golang", "nl"), strings.LastIndexAny("golang", "g"), strings.IndexRune("chicken", 'k'), strings.IndexFunc("ab1", unicode.IsDigit))
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimPrefix("xxhi", "x"), strings.TrimFunc("123abc456", unicode.IsDigit), strings.TrimSpace("\t hi \n"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.ContainsRune("abc", 'b'), strings.ContainsAny("", ""), strings.ContainsFunc("aB", unicode.IsUpper))
}
