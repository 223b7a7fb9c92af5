package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	cases := []struct {
		pairs []string
		in    string
	}{
		{[]string{"a", "b", "b", "a"}, "abba"},
		{[]string{"", "X"}, "abc"},
		{[]string{"", "X"}, ""},
		{[]string{"abc", "1", "ab", "2", "a", "3"}, "abcabxa"},
		{[]string{"a", "1", "ab", "2"}, "ab"},
		{[]string{"x", ""}, "xoxox"},
		{[]string{"héllo", "hi"}, "héllo héllo"},
		{[]string{"a", "A", "a", "B"}, "aa"},
		{[]string{"1", "one", "12", "twelve", "123", "x"}, "1231212"},
	}
	for _, c := range cases {
		r := strings.NewReplacer(c.pairs...)
		fmt.Printf("%q -> %q\n", c.in, r.Replace(c.in))
	}
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	n, err := r.WriteString(os.Stdout, "<b>bold</b>\n")
	fmt.Println(n, err)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		strings.NewReplacer("odd")
	}()
	single := strings.NewReplacer("a", "bc")
	fmt.Println(single.Replace("banana"), strings.NewReplacer().Replace("same"))
}
