package main

import (
	"encoding/json"
	"fmt"
)

type Audit struct {
	By string
}

func (a *Audit) UnmarshalJSON(b []byte) error {
	var raw map[string]string
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	a.By = "audited:" + raw["by"]
	return nil
}

type Stamp struct{ At int }

func (s Stamp) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf(`"t%d"`, s.At)), nil }

type Doc struct {
	Title string
	Meta  *Audit
	When  Stamp
	Log   []*Audit
}

// Methods reached through pointer fields and slices of pointers.
func main() {
	var d Doc
	err := json.Unmarshal([]byte(`{"Title":"x","Meta":{"by":"kim"},"Log":[{"by":"a"},null,{"by":"b"}]}`), &d)
	fmt.Println(err, d.Title, d.Meta.By, len(d.Log), d.Log[0].By, d.Log[1] == nil, d.Log[2].By)
	out, err := json.Marshal(Doc{Title: "y", When: Stamp{5}})
	fmt.Println(string(out), err)
	err = json.Unmarshal([]byte(`{"Meta":[1]}`), &d)
	fmt.Println(err)
}
