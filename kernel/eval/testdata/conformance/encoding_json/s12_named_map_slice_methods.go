package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

type Doc map[string]any

func (d Doc) Str(k string) string {
	s, _ := d[k].(string)
	return s
}

func (d Doc) Keys() []string {
	ks := make([]string, 0, len(d))
	for k := range d {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

type Docs []Doc

func (ds Docs) Where(k, v string) Docs {
	var out Docs
	for _, d := range ds {
		if d.Str(k) == v {
			out = append(out, d)
		}
	}
	return out
}

type Tags []string

func (t Tags) MarshalJSON() ([]byte, error) { return json.Marshal(strings.Join(t, ",")) }

func (t *Tags) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*t = strings.Split(s, ",")
	return nil
}

type Post struct {
	Title string `json:"title"`
	Tags  Tags   `json:"tags"`
	Meta  Doc    `json:"meta"`
}

func main() {
	var ds Docs
	err := json.Unmarshal([]byte(`[{"type":"a","n":1},{"type":"b","nested":{"x":[1,2]}},{"type":"a","n":2.5}]`), &ds)
	fmt.Println(err, len(ds), len(ds.Where("type", "a")), ds[1].Keys())
	fmt.Printf("%T %T %v\n", ds[0]["n"], ds[1]["nested"], ds[1]["nested"])
	p := Post{"hello", Tags{"go", "json"}, Doc{"views": 10, "draft": false}}
	b, _ := json.Marshal(p)
	fmt.Println(string(b))
	var back Post
	err = json.Unmarshal([]byte(`{"title":"x","tags":"a,b,c","meta":{"k":"v"}}`), &back)
	fmt.Println(err, back.Tags, len(back.Tags), back.Meta.Str("k"))
	var d Doc
	dec := json.NewDecoder(strings.NewReader(`{"big":12345678901234567890,"f":1.5}`))
	dec.UseNumber()
	fmt.Println(dec.Decode(&d), d["big"], fmt.Sprintf("%T", d["f"]))
}
