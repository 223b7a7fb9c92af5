package main

import (
	"fmt"
	"strings"
	"unicode"
)

// decode expands k[encoded] patterns, e.g. 3[a2[c]] -> accaccacc.
func decode(s string) (string, int) {
	var b strings.Builder
	i := 0
	for i < len(s) {
		c := s[i]
		switch {
		case unicode.IsDigit(rune(c)):
			n := 0
			for i < len(s) && unicode.IsDigit(rune(s[i])) {
				n = n*10 + int(s[i]-'0')
				i++
			}
			inner, used := decode(s[i+1:])
			b.WriteString(strings.Repeat(inner, n))
			i += used + 2
		case c == ']':
			return b.String(), i
		default:
			b.WriteByte(c)
			i++
		}
	}
	return b.String(), i
}

func compressWords(s string) string {
	words := strings.Fields(s)
	var out []string
	for i := 0; i < len(words); {
		j := i
		for j < len(words) && words[j] == words[i] {
			j++
		}
		if j-i > 1 {
			out = append(out, fmt.Sprintf("%s×%d", words[i], j-i))
		} else {
			out = append(out, words[i])
		}
		i = j
	}
	return strings.Join(out, " ")
}

func main() {
	for _, s := range []string{"3[a]2[bc]", "3[a2[c]]", "2[abc]3[cd]ef", "abc", "10[x]", "2[2[2[y]]]z"} {
		d, _ := decode(s)
		fmt.Printf("%-14s -> %s\n", s, d)
	}
	fmt.Println(compressWords("go go go stop stop go  wait wait wait wait"))
	fmt.Println(strings.Title("hello"), strings.ToTitle("ß"), strings.ToUpper("ß"))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.Count("banana", "an"), strings.LastIndex("banana", "an"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("a < b && c > d"))
}
