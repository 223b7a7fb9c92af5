package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Span struct{ From, To int }

func (s Span) IsZero() bool { return s.From == s.To }

type Meta struct {
	Name    string            `json:"name,omitempty"`
	Count   int               `json:"count,omitempty"`
	Tags    []string          `json:"tags,omitempty"`
	Attrs   map[string]string `json:"attrs,omitempty"`
	When    time.Time         `json:"when,omitzero"`
	Span    Span              `json:"span,omitzero"`
	Ptr     *Span             `json:"ptr,omitempty"`
	Inner   struct{ A int }   `json:"inner,omitempty"`
	ZeroArr [0]int            `json:"arr,omitempty"`
}

// omitempty and omitzero with notebook types (IsZero methods).
func main() {
	for _, m := range []Meta{
		{},
		{Name: "x", Tags: []string{}, Attrs: map[string]string{}},
		{Span: Span{1, 1}, Ptr: &Span{}},
		{Span: Span{1, 2}, When: time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)},
	} {
		out, err := json.Marshal(m)
		fmt.Println(string(out), err)
	}
}
