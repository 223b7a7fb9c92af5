package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("liftoff")
	b.WriteByte('!')
	b.WriteRune('🚀')
	n, err := b.Write([]byte{' ', 'o', 'k'})
	fmt.Println(b.String(), b.Len(), n, err)
	b.Grow(100)
	fmt.Println(b.Cap() >= b.Len()+100)
	b.Reset()
	fmt.Printf("%q\n", b.String())

	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("a < b && c > d"))
	r2 := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r2.Replace("aaaa"))
	r3 := strings.NewReplacer("", "-")
	fmt.Println(r3.Replace("abc"))
	var sb strings.Builder
	r.WriteString(&sb, "<x>")
	fmt.Println(sb.String())
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink", "oink", "moo", -1), strings.ReplaceAll("aaa", "a", "bb"))
	fmt.Println(strings.Replace("abc", "", "-", -1))
}
