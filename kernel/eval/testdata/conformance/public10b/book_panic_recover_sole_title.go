package main

import (
	"fmt"
	"strings"
)

type node struct {
	tag      string
	text     string
	children []*node
}

func forEach(n *node, pre func(*node)) {
	pre(n)
	for _, c := range n.children {
		forEach(c, pre)
	}
}

func soleTitle(doc *node) (title string, err error) {
	type bailout struct{}
	defer func() {
		switch p := recover(); p {
		case nil:
		case bailout{}:
			err = fmt.Errorf("multiple title elements")
		default:
			panic(p)
		}
	}()
	forEach(doc, func(n *node) {
		if n.tag == "title" {
			if title != "" {
				panic(bailout{})
			}
			title = n.text
		}
	})
	if title == "" {
		return "", fmt.Errorf("no title element")
	}
	return title, nil
}

func mustPositive(x int) int {
	if x <= 0 {
		panic(fmt.Sprintf("x = %d", x))
	}
	return x
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func main() {
	doc1 := &node{tag: "html", children: []*node{{tag: "head", children: []*node{{tag: "title", text: "Go Book"}}}}}
	doc2 := &node{tag: "html", children: []*node{{tag: "title", text: "A"}, {tag: "body", children: []*node{{tag: "title", text: "B"}}}}}
	doc3 := &node{tag: "html"}
	for _, d := range []*node{doc1, doc2, doc3} {
		fmt.Println(soleTitle(d))
	}
	fmt.Println(safeDiv(10, 3))
	fmt.Println(safeDiv(1, 0))
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r, strings.Contains(fmt.Sprint(r), "-3"))
		}()
		mustPositive(5)
		mustPositive(-3)
	}()
	defer fmt.Println("deferred before panic runs")
	var arr []int
	fmt.Println(arr[len("abc")])
}
