package main

import "fmt"

type Node struct {
	Name     string
	Children []*Node
	Visit    func(*Node, int) string
}

type Handler struct {
	name string
	next *Handler
	fn   func(h *Handler, req string) string
}

func (h *Handler) Serve(req string) string { return h.fn(h, req) }

func (n *Node) Walk(depth int, out *[]string) {
	if n.Visit != nil {
		*out = append(*out, n.Visit(n, depth))
	}
	for _, c := range n.Children {
		c.Walk(depth+1, out)
	}
}

func (n *Node) Label(depth int) string { return fmt.Sprintf("%*s%s", depth*2, "", n.Name) }

func main() {
	show := func(n *Node, d int) string { return fmt.Sprintf("%d:%s", d, n.Name) }
	tree := &Node{Name: "root", Visit: show, Children: []*Node{
		{Name: "a", Visit: (*Node).Label},
		{Name: "b", Visit: show, Children: []*Node{{Name: "b1", Visit: (*Node).Label}}},
	}}
	var out []string
	tree.Walk(0, &out)
	for _, s := range out {
		fmt.Println(s)
	}
	logger := &Handler{name: "log"}
	auth := &Handler{name: "auth", next: logger}
	logger.fn = func(h *Handler, req string) string { return "[" + h.name + "] " + req }
	auth.fn = func(h *Handler, req string) string {
		if req == "" {
			return "denied"
		}
		return h.next.Serve("ok " + req)
	}
	fmt.Println(auth.Serve("GET /"), auth.Serve(""))
	serve := (*Handler).Serve
	fmt.Println(serve(logger, "direct"))
}
