package main

import (
	"fmt"
	"strings"
)

type span struct{ start, end int }

type itNode struct {
	span
	maxEnd      int
	left, right *itNode
	label       string
}

type Calendar struct {
	root  *itNode
	count int
}

func (c *Calendar) overlaps(n *itNode, s span, out *[]string) {
	if n == nil || n.maxEnd <= s.start {
		return
	}
	c.overlaps(n.left, s, out)
	if n.start < s.end && s.start < n.end {
		*out = append(*out, fmt.Sprintf("%s[%d,%d)", n.label, n.start, n.end))
	}
	if n.start < s.end {
		c.overlaps(n.right, s, out)
	}
}

func insert(n *itNode, s span, label string) *itNode {
	if n == nil {
		return &itNode{span: s, maxEnd: s.end, label: label}
	}
	if s.start < n.start {
		n.left = insert(n.left, s, label)
	} else {
		n.right = insert(n.right, s, label)
	}
	n.maxEnd = max(n.maxEnd, s.end)
	return n
}

func (c *Calendar) Book(label string, start, end int) (ok bool, conflicts []string) {
	c.overlaps(c.root, span{start, end}, &conflicts)
	if len(conflicts) > 0 {
		return false, conflicts
	}
	c.root = insert(c.root, span{start, end}, label)
	c.count++
	return true, nil
}

func (c *Calendar) Agenda() string {
	var parts []string
	var walk func(n *itNode)
	walk = func(n *itNode) {
		if n == nil {
			return
		}
		walk(n.left)
		parts = append(parts, fmt.Sprintf("%02d:00-%02d:00 %s", n.start, n.end, n.label))
		walk(n.right)
	}
	walk(c.root)
	return strings.Join(parts, "\n")
}

func main() {
	var cal Calendar
	reqs := []struct {
		label      string
		start, end int
	}{{"standup", 9, 10}, {"design", 10, 12}, {"lunch", 12, 13}, {"overlap", 11, 14}, {"review", 14, 15},
		{"early", 7, 9}, {"all-day", 0, 24}, {"late", 20, 22}, {"touch", 15, 16}}
	for _, r := range reqs {
		ok, conf := cal.Book(r.label, r.start, r.end)
		fmt.Printf("%-8s %v %v\n", r.label, ok, conf)
	}
	fmt.Println(cal.Agenda())
	fmt.Println(cal.count, cal.root.maxEnd)
}
