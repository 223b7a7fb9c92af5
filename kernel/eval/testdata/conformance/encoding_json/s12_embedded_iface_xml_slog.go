package main

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"log/slog"
	"os"
	"text/template"
)

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Outer struct {
	Shape
	N int
}

type Doc struct {
	XMLName xml.Name `xml:"doc"`
	Main    Shape    `xml:"main"`
	All     []Shape  `xml:"all>s"`
}

type Zoo struct{ Best Shape }

func main() {
	o := Outer{Sq{2}, 1}
	b, err := json.Marshal(o)
	fmt.Println(string(b), err, o.Area())
	b, err = xml.Marshal(Doc{Main: Sq{1}, All: []Shape{Sq{2}, Sq{3}}})
	fmt.Println(string(b), err)
	t := template.Must(template.New("").Parse("{{.Best.Area}} {{with .Best}}{{.S}}{{end}}\n"))
	fmt.Println(t.Execute(os.Stdout, Zoo{Sq{3}}))
	h := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
		if a.Key == "time" {
			return slog.Attr{}
		}
		return a
	}})
	slog.New(h).Info("shapes", "one", Shape(Sq{1}), "many", []Shape{Sq{1}, Sq{2}}, "outer", o)
	var back Outer
	fmt.Println(json.Unmarshal([]byte(`{"N":5}`), &back), back.N, back.Shape == nil)
}
