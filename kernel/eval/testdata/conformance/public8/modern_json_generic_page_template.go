package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"text/template"
)

type Page[T any] struct {
	Items []T  `json:"items"`
	Next  *int `json:"next,omitempty"`
	Total int  `json:"total"`
}

type User struct {
	Name  string   `json:"name"`
	Tags  []string `json:"tags,omitempty"`
	Admin bool     `json:"-"`
}

type Money[T ~int64 | ~float64] struct{ Amount T }

func (m Money[T]) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"$%v"`, m.Amount)), nil
}

type ByLen[T ~string] []T

func (b ByLen[T]) Len() int           { return len(b) }
func (b ByLen[T]) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b ByLen[T]) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type Event struct {
	Kind    string
	Payload any
}

type Inv struct {
	Name  string
	Items []Item
}
type Item struct {
	N     string
	Price float64
}

func (i Item) Label() string { return strings.ToUpper(i.N) }

func main() {
	n := 2
	p := Page[User]{Items: []User{{"ann", []string{"x"}, true}, {Name: "bob"}}, Next: &n, Total: 5}
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)
	var back Page[User]
	err = json.Unmarshal(b, &back)
	fmt.Printf("%+v %v %v\n", back.Items, *back.Next, err)
	mb, _ := json.Marshal(map[string]any{"m": Money[float64]{2.5}, "i": Money[int64]{3}})
	fmt.Println(string(mb))
	words := ByLen[string]{"ccc", "a", "bb", "dddd", "ee"}
	sort.Stable(words)
	fmt.Println(words)
	ev := []Event{{"user", User{Name: "cy"}}, {"page", Page[int]{Items: []int{1}}}, {"n", 3}}
	eb, _ := json.MarshalIndent(ev, "", " ")
	fmt.Println(string(eb))
	var raw []map[string]any
	json.Unmarshal(eb, &raw)
	fmt.Println(raw[0]["Payload"].(map[string]any)["name"], raw[2]["Payload"].(float64))
	t := template.Must(template.New("t").Parse(`{{.Name}}: {{range $i, $it := .Items}}{{if $i}}, {{end}}{{$it.Label}} {{printf "%.2f" $it.Price}}{{end}}
`))
	t.Execute(os.Stdout, Inv{"shop", []Item{{"tea", 1.5}, {"cake", 3}}})
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "")
	enc.Encode(struct {
		A int `json:"a,string"`
		B string
	}{7, "<b>"})
}
