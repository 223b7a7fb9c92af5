package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Level int

func (l Level) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf(`"L%d"`, int(l))), nil }

type Span struct {
	D time.Duration `json:"d"`
	T time.Time     `json:"t"`
}

type Wrapper struct {
	Data any `json:"data"`
}

func main() {
	b, err := json.Marshal(map[string]any{"lvl": Level(2), "list": []any{Level(1), 3, "x"}})
	fmt.Println(string(b), err)
	b, _ = json.Marshal(Wrapper{Level(5)})
	fmt.Println(string(b))
	b, _ = json.Marshal(Wrapper{[]Level{1, 2}})
	fmt.Println(string(b))
	s := Span{time.Second, time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)}
	b, _ = json.Marshal(s)
	fmt.Println(string(b))
	var back Span
	fmt.Println(json.Unmarshal(b, &back), back.T.Year(), back.D)
	var p *Level
	b, _ = json.Marshal(struct{ P *Level }{p})
	fmt.Println(string(b))
}
