package main

import (
	"fmt"
	"strings"
	"unicode"
)

func camelToSnake(s string) string {
	var b strings.Builder
	for i, r := range s {
		if unicode.IsUpper(r) {
			if i > 0 {
				b.WriteByte('_')
			}
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

func snakeToCamel(s string) string {
	parts := strings.Split(s, "_")
	for i := 1; i < len(parts); i++ {
		if parts[i] != "" {
			parts[i] = strings.ToUpper(parts[i][:1]) + parts[i][1:]
		}
	}
	return strings.Join(parts, "")
}

func wordWrap(text string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		if line != "" && len(line)+1+len(w) > width {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

func main() {
	for _, s := range []string{"helloWorld", "HTTPServer", "simple", "getURLForID"} {
		sn := camelToSnake(s)
		fmt.Println(s, sn, snakeToCamel(sn))
	}
	for _, l := range wordWrap("The quick brown fox jumps over the lazy dog and keeps running far away", 20) {
		fmt.Printf("|%-20s|\n", l)
	}
	fmt.Println(strings.Title("x"), strings.EqualFold("Go", "GO"), strings.TrimFunc("  ¡hola!  ", func(r rune) bool { return !unicode.IsLetter(r) }))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
}
