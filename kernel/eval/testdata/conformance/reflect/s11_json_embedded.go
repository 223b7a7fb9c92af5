// encoding/json with user types: embedded structs (promoted fields, a
// name conflict), pointer embedding, interface fields holding user types,
// custom MarshalJSON / UnmarshalJSON and TextMarshaler map keys.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Base struct {
	ID      int    `json:"id"`
	Created string `json:"created,omitempty"`
}

type Audit struct {
	By string `json:"by"`
	ID string `json:"audit_id"`
}

type Level int

func (l Level) MarshalJSON() ([]byte, error) {
	return json.Marshal(strings.Repeat("*", int(l)))
}

func (l *Level) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*l = Level(len(s))
	return nil
}

type Point struct{ X, Y int }

func (p Point) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("%d:%d", p.X, p.Y)), nil }

func (p *Point) UnmarshalText(b []byte) error {
	_, err := fmt.Sscanf(string(b), "%d:%d", &p.X, &p.Y)
	return err
}

type Doc struct {
	Base
	*Audit
	Title   string           `json:"title"`
	Level   Level            `json:"level"`
	Meta    any              `json:"meta"`
	Grid    map[Point]string `json:"grid"`
	Private string           `json:"-"`
}

func main() {
	d := Doc{Base: Base{ID: 7}, Audit: &Audit{By: "ann", ID: "a-1"}, Title: "t", Level: 3,
		Meta: map[string]any{"p": Point{1, 2}, "n": 1.5}, Grid: map[Point]string{{0, 1}: "a", {2, 3}: "b"}, Private: "x"}
	b, err := json.Marshal(d)
	fmt.Println(string(b), err)
	var back Doc
	err = json.Unmarshal(b, &back)
	fmt.Println(err, back.Base.ID, back.Audit != nil && back.By == "ann", back.Level, back.Grid[Point{2, 3}], back.Private == "")
	fmt.Printf("%T %v\n", back.Meta, back.Meta)
	out, _ := json.MarshalIndent(struct {
		Doc  *Doc    `json:"doc,omitempty"`
		List []Level `json:"list"`
	}{List: []Level{1, 2}}, "", "  ")
	fmt.Println(string(out))
	var lv []Level
	fmt.Println(json.Unmarshal([]byte(`["*","***",""]`), &lv), lv)
	err = json.Unmarshal([]byte(`{"level": 5}`), &back)
	fmt.Println(err)
}
