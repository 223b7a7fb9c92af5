package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

type Level int

const (
	Low Level = iota
	Mid
	High
)

func (l Level) MarshalJSON() ([]byte, error) {
	return json.Marshal([...]string{"low", "mid", "high"}[l])
}

func (l *Level) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	switch strings.ToLower(s) {
	case "low":
		*l = Low
	case "mid":
		*l = Mid
	case "high":
		*l = High
	default:
		return fmt.Errorf("bad level %q", s)
	}
	return nil
}

type Task struct {
	ID       int               `json:"id"`
	Title    string            `json:"title"`
	Done     bool              `json:"done,omitempty"`
	Priority Level             `json:"priority"`
	Notes    *string           `json:"notes"`
	Labels   map[string]string `json:"labels,omitempty"`
	Secret   string            `json:"-"`
	Count    int               `json:"count,string"`
	Due      time.Time         `json:"due"`
}

func main() {
	t := Task{ID: 1, Title: "write", Priority: High, Secret: "x", Count: 3,
		Due: time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)}
	b, _ := json.Marshal(t)
	fmt.Println(string(b))
	b, _ = json.MarshalIndent(map[string]any{"b": []int{1, 2}, "a": nil}, "", "  ")
	fmt.Println(string(b))
	var t2 Task
	err := json.Unmarshal([]byte(`{"id":2,"title":"read","priority":"MID","notes":"n","count":"7","due":"2025-01-02T03:04:05Z","labels":{"k":"v"}}`), &t2)
	fmt.Println(err, t2.ID, t2.Title, t2.Priority, *t2.Notes, t2.Count, t2.Due.Year(), t2.Labels)
	err = json.Unmarshal([]byte(`{"priority":"urgent"}`), &t2)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"id":"nope"}`), &t2)
	fmt.Println(err)
	var syn *json.SyntaxError
	err = json.Unmarshal([]byte(`{"id":}`), &t2)
	fmt.Printf("%v %T\n", err, err)
	_ = syn
	var raw struct {
		Kind string          `json:"kind"`
		Data json.RawMessage `json:"data"`
	}
	json.Unmarshal([]byte(`{"kind":"pt","data":{"x":1,"y":2}}`), &raw)
	fmt.Println(raw.Kind, string(raw.Data))
	fmt.Println(json.Valid([]byte(`[1,2]`)), json.Valid([]byte(`[1,`)))
}
