package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

func basename(s string) string {
	slash := strings.LastIndex(s, "/")
	s = s[slash+1:]
	if dot := strings.LastIndex(s, "."); dot >= 0 {
		s = s[:dot]
	}
	return s
}

func comma(s string) string {
	n := len(s)
	if n <= 3 {
		return s
	}
	return comma(s[:n-3]) + "," + s[n-3:]
}

func commaBuf(s string) string {
	var buf bytes.Buffer
	if s != "" && (s[0] == '-' || s[0] == '+') {
		buf.WriteByte(s[0])
		s = s[1:]
	}
	frac := ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		s, frac = s[:i], s[i:]
	}
	pre := len(s) % 3
	if pre == 0 {
		pre = 3
	}
	buf.WriteString(s[:pre])
	for i := pre; i < len(s); i += 3 {
		buf.WriteByte(',')
		buf.WriteString(s[i : i+3])
	}
	buf.WriteString(frac)
	return buf.String()
}

func intsToString(values []int) string {
	var buf bytes.Buffer
	buf.WriteByte('[')
	for i, v := range values {
		if i > 0 {
			buf.WriteString(", ")
		}
		fmt.Fprintf(&buf, "%d", v)
	}
	buf.WriteByte(']')
	return buf.String()
}

func isAnagram(a, b string) bool {
	if utf8.RuneCountInString(a) != utf8.RuneCountInString(b) {
		return false
	}
	counts := map[rune]int{}
	for _, r := range a {
		counts[r]++
	}
	for _, r := range b {
		counts[r]--
		if counts[r] < 0 {
			return false
		}
	}
	return true
}

func main() {
	for _, p := range []string{"a/b/c.go", "c.d.go", "abc", "/", "dir/.hidden"} {
		fmt.Printf("%q ", basename(p))
	}
	fmt.Println()
	fmt.Println(comma("1234567"), comma("12"), commaBuf("-1234567.891"), commaBuf("+123456"), commaBuf("100"))
	fmt.Println(intsToString([]int{1, 2, 3}), intsToString(nil))
	s := "Hello, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%d\t%c\t%d\n", i, r, size)
		i += size
	}
	for i, r := range "Hello, 世界" {
		if r > 127 {
			fmt.Printf("%d\t%q\t%d\n", i, r, r)
		}
	}
	r := []rune("プログラム")
	fmt.Printf("%x\n", r)
	fmt.Println(string(r), string(r[1:3]), string(rune(65)), string(rune(0x4eac)))
	fmt.Println(string(rune(1234567)) == "\uFFFD")
	bad := "a\xffb"
	for _, r := range bad {
		fmt.Printf("%q ", r)
	}
	fmt.Println(utf8.ValidString(bad))
	fmt.Println(isAnagram("listen", "silent"), isAnagram("世界", "界世"), isAnagram("ab", "abc"))
	x := 123
	y := fmt.Sprintf("%d", x)
	fmt.Println(y, len(y), strings.Repeat("=", 5))
}
