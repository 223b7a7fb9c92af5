package main

import (
	"bytes"
	"encoding/gob"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"os"
	"sort"
	"text/template"
)

type Temp struct {
	C int
}

func (t Temp) String() string               { return fmt.Sprintf("%d°C", t.C) }
func (t Temp) MarshalJSON() ([]byte, error) { return []byte(`"temp"`), nil }
func (t Temp) Error() string                { return "temp error" }
func (t Temp) Hello() string                { return "hello from Temp" }
func (t Temp) MarshalText() ([]byte, error) { return []byte("T"), nil }

// plain has Temp's fields and none of its methods.
type plain Temp

type Q struct{ C int }

type plainQ Q

type Ages []int

func (a Ages) Len() int           { return len(a) }
func (a Ages) Less(i, j int) bool { return a[i] > a[j] }
func (a Ages) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type rawAges Ages

// A type defined from another has none of its methods: fmt, json, xml,
// gob, text/template, sort and errors see the defined type's own.
func main() {
	t := Temp{20}
	p := plain{30}
	fmt.Println(t, p)
	fmt.Printf("%v %+v %s %T\n", p, p, p, p)
	b, _ := json.Marshal(p)
	fmt.Println(string(b))
	b, _ = json.Marshal([]any{p, t, &p})
	fmt.Println(string(b))
	b, err := xml.Marshal(p)
	fmt.Println(string(b), err)
	b, err = xml.Marshal(t)
	fmt.Println(string(b), err)
	b, err = xml.Marshal(plainQ{5})
	fmt.Println(string(b), err)
	b, err = xml.Marshal([]plain{{1}, {2}})
	fmt.Println(string(b), err)
	var anyv any = p
	_, isErr := anyv.(error)
	_, isStr := anyv.(fmt.Stringer)
	fmt.Println(isErr, isStr)
	err = fmt.Errorf("wrap: %w", t)
	fmt.Println(errors.Is(err, Temp(p)), errors.Is(err, Temp{20}))
	var tt Temp
	fmt.Println(errors.As(err, &tt), tt.C)
	tpl := template.Must(template.New("x").Parse("{{.}} {{.C}}\n"))
	tpl.Execute(os.Stdout, p)
	tpl.Execute(os.Stdout, t)
	tpl2 := template.Must(template.New("y").Parse("{{.Hello}}\n"))
	fmt.Println(tpl2.Execute(os.Stdout, p) != nil)
	r := rawAges{3, 1, 2}
	var si any = r
	_, isSort := si.(sort.Interface)
	fmt.Println(isSort)
	a := Ages{3, 1, 2}
	sort.Sort(a)
	fmt.Println(a, r)
	m := map[plain]int{p: 1}
	b, err = json.Marshal(m)
	fmt.Println(string(b), err)
	var buf bytes.Buffer
	err = gob.NewEncoder(&buf).Encode(p)
	fmt.Println(err)
	var back plain
	err = gob.NewDecoder(&buf).Decode(&back)
	fmt.Println(back, err)
}
