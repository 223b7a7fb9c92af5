package main

import (
	"fmt"
	"strings"
)

type NodeType int

const (
	ElementNode NodeType = iota
	TextNode
	CommentNode
)

type Attr struct{ Key, Val string }

type Node struct {
	Type     NodeType
	Data     string
	Attr     []Attr
	Children []*Node
}

func el(tag string, attrs []Attr, kids ...*Node) *Node {
	return &Node{Type: ElementNode, Data: tag, Attr: attrs, Children: kids}
}
func text(s string) *Node { return &Node{Type: TextNode, Data: s} }

func forEachNode(n *Node, pre, post func(n *Node)) {
	if pre != nil {
		pre(n)
	}
	for _, c := range n.Children {
		forEachNode(c, pre, post)
	}
	if post != nil {
		post(n)
	}
}

func outline(stack []string, n *Node) {
	if n.Type == ElementNode {
		stack = append(stack, n.Data)
		fmt.Println(stack)
	}
	for _, c := range n.Children {
		outline(stack, c)
	}
}

func visitLinks(links []string, n *Node) []string {
	if n.Type == ElementNode && n.Data == "a" {
		for _, a := range n.Attr {
			if a.Key == "href" {
				links = append(links, a.Val)
			}
		}
	}
	for _, c := range n.Children {
		links = visitLinks(links, c)
	}
	return links
}

func main() {
	doc := el("html", nil,
		el("head", nil, el("title", nil, text("Index"))),
		el("body", []Attr{{"class", "main"}},
			el("h1", nil, text("Links")),
			el("ul", nil,
				el("li", nil, el("a", []Attr{{"href", "/a"}}, text("A"))),
				el("li", nil, el("a", []Attr{{"href", "/b"}, {"id", "x"}}, text("B"))),
			),
			&Node{Type: CommentNode, Data: "end"},
		),
	)
	outline(nil, doc)
	fmt.Println(visitLinks(nil, doc))

	var depth int
	var sb strings.Builder
	startElement := func(n *Node) {
		switch n.Type {
		case ElementNode:
			var attrs string
			for _, a := range n.Attr {
				attrs += fmt.Sprintf(" %s=%q", a.Key, a.Val)
			}
			if len(n.Children) == 0 {
				fmt.Fprintf(&sb, "%*s<%s%s/>\n", depth*2, "", n.Data, attrs)
			} else {
				fmt.Fprintf(&sb, "%*s<%s%s>\n", depth*2, "", n.Data, attrs)
			}
			depth++
		case TextNode:
			fmt.Fprintf(&sb, "%*s%s\n", depth*2, "", n.Data)
		case CommentNode:
			fmt.Fprintf(&sb, "%*s<!--%s-->\n", depth*2, "", n.Data)
		}
	}
	endElement := func(n *Node) {
		if n.Type == ElementNode {
			depth--
			if len(n.Children) > 0 {
				fmt.Fprintf(&sb, "%*s</%s>\n", depth*2, "", n.Data)
			}
		}
	}
	forEachNode(doc, startElement, endElement)
	fmt.Print(sb.String())

	counts := map[NodeType]int{}
	forEachNode(doc, func(n *Node) { counts[n.Type]++ }, nil)
	fmt.Println(counts)
}
