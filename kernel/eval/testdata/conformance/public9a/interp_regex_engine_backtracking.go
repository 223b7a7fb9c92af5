package main

import "fmt"

// A tiny regular expression matcher: literals, '.', '*', '+', '?', '^', '$'.

type matcher struct {
	steps int
}

func (m *matcher) match(re, text string) bool {
	if len(re) > 0 && re[0] == '^' {
		return m.here(re[1:], text)
	}
	for i := 0; ; i++ {
		if m.here(re, text[i:]) {
			return true
		}
		if i == len(text) {
			return false
		}
	}
}

func (m *matcher) here(re, text string) bool {
	m.steps++
	switch {
	case re == "":
		return true
	case len(re) >= 2 && re[1] == '*':
		return m.star(re[0], re[2:], text)
	case len(re) >= 2 && re[1] == '+':
		return len(text) > 0 && (re[0] == '.' || re[0] == text[0]) && m.star(re[0], re[2:], text[1:])
	case len(re) >= 2 && re[1] == '?':
		if len(text) > 0 && (re[0] == '.' || re[0] == text[0]) && m.here(re[2:], text[1:]) {
			return true
		}
		return m.here(re[2:], text)
	case re == "$":
		return text == ""
	case len(text) > 0 && (re[0] == '.' || re[0] == text[0]):
		return m.here(re[1:], text[1:])
	}
	return false
}

func (m *matcher) star(c byte, re, text string) bool {
	// leftmost-longest: try the longest run first
	i := 0
	for i < len(text) && (c == '.' || text[i] == c) {
		i++
	}
	for ; i >= 0; i-- {
		if m.here(re, text[i:]) {
			return true
		}
	}
	return false
}

func main() {
	cases := []struct{ re, text string }{
		{"abc", "xxabcxx"}, {"^abc", "xxabc"}, {"a.c$", "zzabc"}, {"ab*c", "ac"}, {"ab+c", "ac"},
		{"ab+c", "abbbc"}, {"colou?r", "color"}, {"colou?r", "colour"}, {"^.*$", ""}, {"x*y*z", "xxz"},
		{"^a.*b.*c$", "a---b---c"}, {"^a.*b.*c$", "a---c---b"}, {"", "anything"}, {"q?", ""},
	}
	for _, c := range cases {
		m := &matcher{}
		ok := m.match(c.re, c.text)
		fmt.Printf("%-12q %-12q %-5v steps=%d\n", c.re, c.text, ok, m.steps)
	}
}
