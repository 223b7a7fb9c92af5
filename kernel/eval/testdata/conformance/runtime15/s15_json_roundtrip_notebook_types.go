package main

import (
	"encoding/json"
	"fmt"
	"reflect"
	"time"
)

type Kind int

const (
	Code Kind = iota
	Markdown
)

func (k Kind) MarshalText() ([]byte, error) { return []byte([]string{"code", "markdown"}[k]), nil }

func (k *Kind) UnmarshalText(b []byte) error {
	switch string(b) {
	case "code":
		*k = Code
	case "markdown":
		*k = Markdown
	default:
		return fmt.Errorf("unknown kind %q", b)
	}
	return nil
}

type Cell struct {
	Kind    Kind              `json:"cell_type"`
	Source  []string          `json:"source"`
	Meta    map[string]any    `json:"metadata"`
	Outputs []json.RawMessage `json:"outputs,omitempty"`
	Ran     *time.Duration    `json:"ran,omitempty"`
}

type Notebook struct {
	Cells  []Cell              `json:"cells"`
	Counts map[Kind]int        `json:"counts"`
	Format struct{ Major int } `json:"nbformat"`
}

// A notebook-shaped value round trips; an unknown kind is the method's
// error.
func main() {
	d := time.Second
	nb := Notebook{Cells: []Cell{
		{Kind: Code, Source: []string{"x := 1"}, Meta: map[string]any{"tags": []any{"a"}}, Outputs: []json.RawMessage{json.RawMessage(`{"n":1}`)}, Ran: &d},
		{Kind: Markdown, Source: []string{"# t"}},
	}, Counts: map[Kind]int{Code: 1, Markdown: 1}}
	nb.Format.Major = 4
	out, err := json.MarshalIndent(nb, "", " ")
	fmt.Println(string(out), err)
	var back Notebook
	err = json.Unmarshal(out, &back)
	fmt.Println(err, reflect.DeepEqual(nb.Cells[0].Source, back.Cells[0].Source), *back.Cells[0].Ran, back.Counts[Markdown])
	err = json.Unmarshal([]byte(`{"cells":[{"cell_type":"raw"}]}`), &back)
	fmt.Println(err)
}
