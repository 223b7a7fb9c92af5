package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	var clean []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			clean = append(clean, r)
		}
	}
	for i := range len(clean) / 2 {
		if clean[i] != clean[len(clean)-1-i] {
			return false
		}
	}
	return true
}

func main() {
	s := "Hello, 世界! 🎉"
	fmt.Println(len(s), utf8.RuneCountInString(s), len([]rune(s)), len([]byte(s)))
	for i, r := range s {
		if r > 127 {
			fmt.Printf("%d:%c(%U,%d) ", i, r, r, utf8.RuneLen(r))
		}
	}
	fmt.Println()
	for i := 0; i < len(s); {
		_, size := utf8.DecodeRuneInString(s[i:])
		if size > 1 {
			fmt.Print(i, "+", size, " ")
		}
		i += size
	}
	fmt.Println()
	r, size := utf8.DecodeLastRuneInString(s)
	fmt.Printf("%c %d\n", r, size)
	bad := "a\xffb\xc0"
	for i, r := range bad {
		fmt.Printf("%d:%q ", i, r)
	}
	fmt.Println(utf8.ValidString(bad), utf8.ValidString(s), []rune(bad))
	fmt.Printf("%q %+q %x\n", bad, s, "é")
	fmt.Println(reverse("Hello, 世界"), reverse("🎉ab"))
	fmt.Println(isPalindrome("A man, a plan, a canal: Panama"), isPalindrome("été"), isPalindrome("go"))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string([]rune{72, 105}))
	buf := make([]byte, 0, 8)
	buf = utf8.AppendRune(buf, '世')
	buf = utf8.AppendRune(buf, 'x')
	fmt.Println(buf, string(buf), utf8.FullRune(buf[:2]))
	counts := map[string]int{}
	for _, r := range "Hello World 123 ¡Olé!" {
		switch {
		case unicode.IsUpper(r):
			counts["upper"]++
		case unicode.IsLower(r):
			counts["lower"]++
		case unicode.IsDigit(r):
			counts["digit"]++
		case unicode.IsSpace(r):
			counts["space"]++
		case unicode.IsPunct(r):
			counts["punct"]++
		}
	}
	fmt.Println(counts)
	fmt.Println(strings.ToUpper("straße"), strings.ToLower("ÀÉÎ"), unicode.ToTitle('ǆ'), string(unicode.SimpleFold('A')))
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.In('ж', unicode.Cyrillic, unicode.Latin), unicode.IsControl('\t'))
	b := []byte("héllo")
	fmt.Println(b[1], b[2], string(b[1:3]), string(b[1:2]))
	fmt.Println(strings.IndexRune("chicken", 'k'), strings.IndexRune("日本語", '語'), strings.IndexByte("golang", 'l'))
	var sb strings.Builder
	for _, w := range strings.Fields("the quick brown fox") {
		rs := []rune(w)
		rs[0] = unicode.ToUpper(rs[0])
		sb.WriteString(string(rs))
	}
	fmt.Println(sb.String())
	fmt.Println(utf8.RuneError, string(utf8.RuneError), utf8.UTFMax, utf8.MaxRune)
	x := "ab"
	x += string(rune('c'))
	fmt.Println(x, x[1], x[1:], fmt.Sprint(x[0]))
	for i, c := range []byte("hé") {
		fmt.Print(i, ":", c, " ")
	}
	fmt.Println()
}
