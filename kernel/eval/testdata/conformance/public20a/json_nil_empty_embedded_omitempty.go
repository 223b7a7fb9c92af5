package main

import (
	"encoding/json"
	"fmt"
)

type Base struct {
	ID      int    `json:"id"`
	Created string `json:"created,omitempty"`
}

type Audit struct {
	By string `json:"by"`
}

type User struct {
	Base
	*Audit
	Name    string            `json:"name"`
	Email   string            `json:"email,omitempty"`
	Age     int               `json:"age,omitempty"`
	Admin   bool              `json:"admin,omitempty"`
	Roles   []string          `json:"roles"`
	Groups  []string          `json:"groups,omitempty"`
	Prefs   map[string]string `json:"prefs"`
	Score   float64           `json:"score,omitempty"`
	Ptr     *string           `json:"ptr"`
	Iface   any               `json:"iface,omitempty"`
	Arr     [0]int            `json:"arr,omitempty"`
	Struct  Audit             `json:"struct,omitempty"`
	private int
	Zero    Audit `json:"zero,omitzero"`
}

type Conflict struct {
	A1
	A2
}
type A1 struct{ Name string }
type A2 struct{ Name string }

type Tagged struct {
	A1
	Name string
}

func main() {
	var nilS []string
	empty := []string{}
	b1, _ := json.Marshal(nilS)
	b2, _ := json.Marshal(empty)
	fmt.Println(string(b1), string(b2))
	u := User{Name: "ann", Roles: nil, Groups: []string{}}
	b, _ := json.Marshal(u)
	fmt.Println(string(b))
	u2 := User{Base: Base{ID: 1, Created: "today"}, Audit: &Audit{"root"}, Name: "bob", Roles: []string{}, Prefs: map[string]string{}, Age: 30, Admin: true, Score: 0.5, Iface: 0, Zero: Audit{"z"}}
	b, _ = json.Marshal(u2)
	fmt.Println(string(b))
	var back User
	err := json.Unmarshal(b, &back)
	fmt.Println(err, back.ID, back.Audit != nil, back.By, back.Roles != nil, len(back.Roles), back.Iface)
	var nu User
	json.Unmarshal([]byte(`{"id":5,"by":"x","roles":null,"prefs":null,"ptr":"p"}`), &nu)
	fmt.Println(nu.ID, nu.Audit.By, nu.Roles == nil, nu.Prefs == nil, *nu.Ptr)
	c := Conflict{A1{"one"}, A2{"two"}}
	b, _ = json.Marshal(c)
	fmt.Println(string(b))
	t := Tagged{A1{"inner"}, "outer"}
	b, _ = json.Marshal(t)
	fmt.Println(string(b))
	var m map[string]int
	b, _ = json.Marshal(m)
	fmt.Println(string(b))
	var ip *int
	b, _ = json.Marshal(ip)
	fmt.Println(string(b))
	var e any
	b, _ = json.Marshal(e)
	fmt.Println(string(b))
	b, err = json.Marshal(map[bool]int{true: 1})
	fmt.Println(string(b), err)
	b, err = json.Marshal(func() {})
	fmt.Println(string(b), err)
	b, err = json.Marshal(make(chan int))
	fmt.Println(string(b), err)
	b, _ = json.Marshal([]byte("bytes!"))
	fmt.Println(string(b))
	var bb []byte
	json.Unmarshal(b, &bb)
	fmt.Println(string(bb))
	b, _ = json.Marshal(map[int]string{10: "ten", 2: "two", -1: "neg"})
	fmt.Println(string(b))
	b, _ = json.Marshal(struct {
		F float64
		G float32
		H float64
	}{1e21, 0.1, 1e-7})
	fmt.Println(string(b))
	// unmarshal into existing values: merges maps, replaces slices
	dst := map[string]int{"keep": 1}
	json.Unmarshal([]byte(`{"new":2}`), &dst)
	fmt.Println(dst)
	arr := []int{9, 9, 9}
	json.Unmarshal([]byte(`[1]`), &arr)
	fmt.Println(arr, len(arr))
	var fixed [3]int
	json.Unmarshal([]byte(`[1,2,3,4]`), &fixed)
	fmt.Println(fixed)
	var anyv any = &Audit{"pre"}
	json.Unmarshal([]byte(`{"by":"post"}`), anyv)
	fmt.Println(anyv.(*Audit).By)
	type CaseT struct{ FooBar int }
	var ct CaseT
	json.Unmarshal([]byte(`{"foobar":7}`), &ct)
	fmt.Println(ct.FooBar)
}
