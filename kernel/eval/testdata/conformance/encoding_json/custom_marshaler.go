package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

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

type Doc struct {
	Title string `json:"title"`
	Lvl   Level  `json:"lvl"`
}

func main() {
	b, _ := json.Marshal(Doc{"t", 3})
	fmt.Println(string(b))
	var d Doc
	err := json.Unmarshal([]byte(`{"title":"u","lvl":"*****"}`), &d)
	fmt.Println(d, err)
	raw := json.RawMessage(`{"x":1}`)
	b, _ = json.Marshal(map[string]any{"raw": raw})
	fmt.Println(string(b))
}
