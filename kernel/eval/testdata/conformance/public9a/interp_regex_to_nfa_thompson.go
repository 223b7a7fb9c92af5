package main

import (
	"fmt"
	"strings"
)

// Thompson's construction: regex (literals, ., |, *, +, ?, parentheses)
// to an NFA, simulated with state sets.

type state struct {
	c      rune // 0: split/epsilon, -1: match, '.' any
	out    *state
	out1   *state
	lastID int
}

type frag struct {
	start *state
	outs  []**state
}

func patch(outs []**state, s *state) {
	for _, o := range outs {
		*o = s
	}
}

type parser struct {
	src []rune
	pos int
}

func (p *parser) peek() rune {
	if p.pos < len(p.src) {
		return p.src[p.pos]
	}
	return 0
}

func (p *parser) alt() frag {
	f := p.concat()
	for p.peek() == '|' {
		p.pos++
		g := p.concat()
		s := &state{out: f.start, out1: g.start}
		f = frag{s, append(f.outs, g.outs...)}
	}
	return f
}

func (p *parser) concat() frag {
	var f *frag
	for p.peek() != 0 && p.peek() != '|' && p.peek() != ')' {
		g := p.repeat()
		if f == nil {
			f = &g
		} else {
			patch(f.outs, g.start)
			f = &frag{f.start, g.outs}
		}
	}
	if f == nil {
		s := &state{}
		return frag{s, []**state{&s.out}}
	}
	return *f
}

func (p *parser) repeat() frag {
	f := p.atom()
	for {
		switch p.peek() {
		case '*':
			p.pos++
			s := &state{out: f.start}
			patch(f.outs, s)
			f = frag{s, []**state{&s.out1}}
		case '+':
			p.pos++
			s := &state{out: f.start}
			patch(f.outs, s)
			f = frag{f.start, []**state{&s.out1}}
		case '?':
			p.pos++
			s := &state{out: f.start}
			f = frag{s, append(f.outs, &s.out1)}
		default:
			return f
		}
	}
}

func (p *parser) atom() frag {
	c := p.peek()
	p.pos++
	if c == '(' {
		f := p.alt()
		p.pos++ // ')'
		return f
	}
	s := &state{c: c}
	return frag{s, []**state{&s.out}}
}

func compile(re string) *state {
	p := &parser{src: []rune(re)}
	f := p.alt()
	patch(f.outs, &state{c: -1})
	return f.start
}

func addState(set map[*state]bool, s *state) {
	if s == nil || set[s] {
		return
	}
	set[s] = true
	if s.c == 0 {
		addState(set, s.out)
		addState(set, s.out1)
	}
}

func match(start *state, text string) bool {
	cur := map[*state]bool{}
	addState(cur, start)
	for _, r := range text {
		next := map[*state]bool{}
		for s := range cur {
			if s.c == r || s.c == '.' && r != '\n' {
				addState(next, s.out)
			}
		}
		cur = next
	}
	for s := range cur {
		if s.c == -1 {
			return true
		}
	}
	return false
}

func main() {
	tests := map[string][]string{
		"a(b|c)*d":  {"ad", "abd", "abcbcd", "abxd", "a"},
		"colou?r":   {"color", "colour", "colouur"},
		"(ab)+":     {"", "ab", "abab", "aba"},
		"x.y":       {"xay", "xy", "x한y"},
		"(a|b)*abb": {"abb", "aabb", "babb", "ab", "abba"},
		"":          {"", "a"},
	}
	keys := []string{"a(b|c)*d", "colou?r", "(ab)+", "x.y", "(a|b)*abb", ""}
	for _, re := range keys {
		nfa := compile(re)
		var res []string
		for _, t := range tests[re] {
			res = append(res, fmt.Sprintf("%q:%v", t, match(nfa, t)))
		}
		fmt.Printf("%-10q %s\n", re, strings.Join(res, " "))
	}
}
