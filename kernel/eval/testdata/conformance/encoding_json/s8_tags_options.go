package main

import (
	"encoding/json"
	"fmt"
)

// Struct tags: renamed fields, omitempty of every kind, the string
// option on numbers and bools, "-" and "-,", unexported fields, and
// decoding with the string option.

type Opts struct {
	Name    string            `json:"name"`
	Count   int               `json:"count,omitempty"`
	Ratio   float64           `json:",omitempty"`
	On      bool              `json:"on,omitempty"`
	Tags    []string          `json:"tags,omitempty"`
	Attrs   map[string]string `json:"attrs,omitempty"`
	Next    *Opts             `json:"next,omitempty"`
	Any     any               `json:"any,omitempty"`
	ID      int64             `json:"id,string"`
	Enabled bool              `json:"enabled,string"`
	Score   float64           `json:"score,string,omitempty"`
	Secret  string            `json:"-"`
	Dash    string            `json:"-,"`
	hidden  int
	Arr     [0]int `json:"arr,omitempty"`
}

func main() {
	b, err := json.Marshal(Opts{Name: "a", ID: 12345678901, Secret: "s", Dash: "d", hidden: 1})
	fmt.Println(string(b), err)
	b, _ = json.Marshal(Opts{Count: 2, Ratio: 0.5, On: true, Tags: []string{}, Attrs: map[string]string{"k": "v"}, Next: &Opts{}, Any: 0, Score: 1.5, Enabled: true})
	fmt.Println(string(b))
	var o Opts
	err = json.Unmarshal([]byte(`{"id":"42","enabled":"true","score":"2.25","-":"dash","Secret":"no"}`), &o)
	fmt.Println(err, o.ID, o.Enabled, o.Score, o.Dash, o.Secret == "")
	err = json.Unmarshal([]byte(`{"id":42}`), &o)
	fmt.Println(err)
}
