package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Tags []string

func (t *Tags) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("tags: %w", err)
	}
	*t = strings.Split(s, ",")
	return nil
}

func (t Tags) MarshalJSON() ([]byte, error) { return json.Marshal(strings.Join(t, ",")) }

type Post struct {
	Title string `json:"title"`
	Tags  Tags   `json:"tags"`
	Refs  []Tags `json:"refs"`
	Alt   *Tags  `json:"alt"`
}

// A slice type with UnmarshalJSON and MarshalJSON, as a field, in a
// slice and behind a pointer; its wrapped error.
func main() {
	var p Post
	err := json.Unmarshal([]byte(`{"title":"t","tags":"a,b","refs":["x","y,z"],"alt":"q"}`), &p)
	fmt.Println(err, p.Title, p.Tags, len(p.Tags), p.Refs, *p.Alt)
	out, _ := json.Marshal(p)
	fmt.Println(string(out))
	var q Post
	err = json.Unmarshal([]byte(`{"tags":["a"]}`), &q)
	fmt.Println(err)
	var ute *json.UnmarshalTypeError
	fmt.Println(fmt.Sprint(err != nil), fmt.Sprintf("%T", ute))
}
