package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

type Step struct {
	Name string
	F    func(string) string
}

type Pipeline []Step

func (p Pipeline) Run(s string) (string, []string) {
	var trace []string
	for _, st := range p {
		s = st.F(s)
		trace = append(trace, st.Name+"="+s)
	}
	return s, trace
}

func main() {
	r := strings.NewReplacer("-", " ", "_", " ")
	p := Pipeline{
		{"trim", strings.TrimSpace},
		{"replace", r.Replace},
		{"title", func(s string) string {
			words := strings.Fields(s)
			for i, w := range words {
				words[i] = strings.ToUpper(w[:1]) + strings.ToLower(w[1:])
			}
			return strings.Join(words, " ")
		}},
		{"nospace", func(s string) string {
			return strings.Map(func(r rune) rune {
				if unicode.IsSpace(r) {
					return -1
				}
				return r
			}, s)
		}},
	}
	out, trace := p.Run("  hello-big_wide world ")
	fmt.Println(out)
	fmt.Println(trace)
	var sb strings.Builder
	write := sb.WriteString
	write("a")
	write("b")
	ws := (*strings.Builder).WriteString
	ws(&sb, "c")
	fmt.Println(sb.String(), sb.Len())
	var buf bytes.Buffer
	wr := buf.WriteRune
	for _, c := range "héllo" {
		wr(unicode.ToUpper(c))
	}
	fmt.Println(buf.String())
	has := strings.Contains
	pre := strings.HasPrefix
	fs := []func(string, string) bool{has, pre, strings.HasSuffix, strings.EqualFold}
	for _, f := range fs {
		fmt.Print(f("GoLang", "Lang"), " ")
	}
	fmt.Println()
	lower := strings.ToLower
	fmt.Println(strings.Map(unicode.ToUpper, "abc"), strings.FieldsFunc("a1b2c", unicode.IsDigit), lower("XY"))
}
