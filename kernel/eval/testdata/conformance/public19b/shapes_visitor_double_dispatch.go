package main

import (
	"fmt"
	"math"
	"strings"
)

type Visitor interface {
	VisitCircle(*Circle)
	VisitRect(*Rect)
	VisitGroup(*Group)
}

type Shape interface {
	Accept(Visitor)
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Group struct {
	Name     string
	Children []Shape
}

func (c *Circle) Accept(v Visitor) { v.VisitCircle(c) }
func (r *Rect) Accept(v Visitor)   { v.VisitRect(r) }
func (g *Group) Accept(v Visitor)  { v.VisitGroup(g) }

type AreaVisitor struct{ Total float64 }

func (a *AreaVisitor) VisitCircle(c *Circle) { a.Total += math.Pi * c.R * c.R }
func (a *AreaVisitor) VisitRect(r *Rect)     { a.Total += r.W * r.H }
func (a *AreaVisitor) VisitGroup(g *Group) {
	for _, ch := range g.Children {
		ch.Accept(a)
	}
}

type PrintVisitor struct {
	depth int
	sb    strings.Builder
}

func (p *PrintVisitor) line(s string) {
	p.sb.WriteString(strings.Repeat("  ", p.depth) + s + "\n")
}
func (p *PrintVisitor) VisitCircle(c *Circle) { p.line(fmt.Sprintf("circle r=%g", c.R)) }
func (p *PrintVisitor) VisitRect(r *Rect)     { p.line(fmt.Sprintf("rect %gx%g", r.W, r.H)) }
func (p *PrintVisitor) VisitGroup(g *Group) {
	p.line("group " + g.Name)
	p.depth++
	for _, ch := range g.Children {
		ch.Accept(p)
	}
	p.depth--
}

type ScaleVisitor struct{ K float64 }

func (s ScaleVisitor) VisitCircle(c *Circle) { c.R *= s.K }
func (s ScaleVisitor) VisitRect(r *Rect)     { r.W *= s.K; r.H *= s.K }
func (s ScaleVisitor) VisitGroup(g *Group) {
	for _, ch := range g.Children {
		ch.Accept(s)
	}
}

type CountVisitor map[string]int

func (c CountVisitor) VisitCircle(*Circle) { c["circle"]++ }
func (c CountVisitor) VisitRect(*Rect)     { c["rect"]++ }
func (c CountVisitor) VisitGroup(g *Group) {
	c["group"]++
	for _, ch := range g.Children {
		ch.Accept(c)
	}
}

func main() {
	scene := &Group{"root", []Shape{
		&Circle{1},
		&Rect{2, 3},
		&Group{"inner", []Shape{&Rect{1, 1}, &Circle{0.5}, &Group{"empty", nil}}},
	}}
	pv := &PrintVisitor{}
	scene.Accept(pv)
	fmt.Print(pv.sb.String())
	av := &AreaVisitor{}
	scene.Accept(av)
	fmt.Printf("area %.4f\n", av.Total)
	scene.Accept(ScaleVisitor{2})
	av2 := &AreaVisitor{}
	scene.Accept(av2)
	fmt.Printf("scaled area %.4f ratio %.1f\n", av2.Total, av2.Total/av.Total)
	cv := CountVisitor{}
	scene.Accept(cv)
	fmt.Println(cv)
	var v Visitor = cv
	_, isPtr := v.(*AreaVisitor)
	fmt.Println(isPtr, fmt.Sprintf("%T %T", v, Visitor(ScaleVisitor{})))
}
