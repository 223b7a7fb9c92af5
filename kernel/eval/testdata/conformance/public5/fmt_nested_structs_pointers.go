package main

import "fmt"

type Address struct {
	Street string
	City   string
	Zip    *int
}

type Person struct {
	Name     string
	Age      int
	Addr     Address
	Work     *Address
	Tags     []string
	Meta     map[string]int
	Friends  []*Person
	private  bool
	Callback func()
	Any      any
}

type Wrapper struct {
	*Person
	Extra [2]float64
}

func main() {
	zip := 12345
	p := Person{
		Name: "Ann",
		Age:  30,
		Addr: Address{"Main St", "Springfield", &zip},
		Tags: []string{"a", "b"},
		Meta: map[string]int{"z": 1, "a": 2},
	}
	fmt.Printf("%v %v\n", p.Addr.City, *p.Addr.Zip)
	fmt.Printf("%+v\n", p.Addr.Street)
	q := Person{Name: "Bob", Friends: []*Person{nil}}
	fmt.Printf("%v\n", q.Friends[0])
	fmt.Printf("%+v\n", Address{City: "X"})
	fmt.Printf("%#v\n", Address{Street: "S", City: "C"})
	fmt.Printf("%v %+v\n", p.Tags, p.Meta)
	fmt.Printf("%#v %#v\n", p.Tags, p.Meta)
	var nilTags []string
	var nilMeta map[string]int
	fmt.Printf("%v %+v %#v %#v %d\n", nilTags, nilMeta, nilTags, nilMeta, len(nilMeta))
	fmt.Printf("%v %#v\n", []string{}, map[int]bool{})
	fmt.Printf("%v|%+v\n", q.Work, q.Any)
	fmt.Printf("%#v\n", q.Any)
	w := Wrapper{Extra: [2]float64{1.5, -0}}
	fmt.Printf("%v %+v\n", w.Person, w.Extra)
	fmt.Printf("%#v\n", w.Extra)
	type pair struct {
		K string
		V *int
	}
	ps := []pair{{"one", nil}, {"two", nil}}
	fmt.Printf("%v %+v\n", ps, ps)
	fmt.Printf("%#v\n", ps[0])
	nested := map[string][]map[string]int{"x": {{"b": 2, "a": 1}, nil}}
	fmt.Println(nested)
	fmt.Printf("%#v\n", nested)
	arr := [3]*int{nil, nil, nil}
	fmt.Println(arr[0] == nil, len(arr))
	fmt.Printf("%v %d %s\n", struct{}{}, []struct{}{{}, {}}, struct{ A, B string }{"x", "y"})
	fmt.Printf("%v %+v\n", struct {
		P *Person
		N int
	}{nil, 3}, struct{ In struct{ X int } }{})
}
