package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Coord struct{ Row, Col int }

func (c Coord) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("r%dc%d", c.Row, c.Col)), nil }

func (c *Coord) UnmarshalText(b []byte) error {
	_, err := fmt.Sscanf(string(b), "r%dc%d", &c.Row, &c.Col)
	if err != nil {
		return fmt.Errorf("coord %q: %w", b, err)
	}
	return nil
}

type Cell struct {
	Value   string `json:"v"`
	Formula string `json:"f,omitempty"`
}

type Sheet struct {
	Name  string         `json:"name"`
	Cells map[Coord]Cell `json:"cells"`
	Sizes map[Coord]int  `json:"sizes,omitempty"`
}

func main() {
	s := Sheet{"s1", map[Coord]Cell{{1, 2}: {"3", "=1+2"}, {0, 0}: {"title", ""}, {10, 1}: {"x", ""}}, nil}
	b, err := json.Marshal(s)
	fmt.Println(string(b), err)
	var back Sheet
	err = json.Unmarshal(b, &back)
	fmt.Println(err, len(back.Cells), back.Cells[Coord{1, 2}].Formula, back.Cells[Coord{10, 1}].Value)
	err = json.Unmarshal([]byte(`{"cells":{"bad":{"v":"1"}}}`), &back)
	fmt.Println(err != nil, strings.Contains(fmt.Sprint(err), "coord"))
	fmt.Println(s.Cells)
	keys := map[Coord]bool{{2, 1}: true, {1, 2}: false}
	fmt.Println(keys)
	out, _ := json.MarshalIndent(map[Coord][]Coord{{0, 1}: {{1, 1}, {2, 2}}}, "", " ")
	fmt.Println(string(out))
}
