package main

import "fmt"

type ID int

func (i ID) GoString() string { return fmt.Sprintf("ID(%d)", int(i)) }

type Color struct{ R, G, B uint8 }

func (c Color) String() string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }
func (c Color) GoString() string {
	return fmt.Sprintf("Color{0x%02x, 0x%02x, 0x%02x}", c.R, c.G, c.B)
}

type Pixel struct {
	At    [2]int
	C     Color
	Owner *ID
	Tags  map[string]ID
	Alpha float32
}

type Err struct{ msg string }

func (e *Err) Error() string { return "E:" + e.msg }

func main() {
	id := ID(5)
	p := Pixel{At: [2]int{3, 4}, C: Color{255, 128, 0}, Owner: &id, Tags: map[string]ID{"k": 1}, Alpha: 0.5}
	fmt.Printf("%v\n", p.C)
	fmt.Printf("%#v\n", p.C)
	fmt.Printf("%#v\n", id)
	fmt.Printf("%v %d %x\n", id, id, id)
	fmt.Printf("%#v\n", p.Tags)
	fmt.Printf("%#v\n", []Color{{1, 2, 3}})
	fmt.Printf("%+v\n", struct {
		C Color
		N int
	}{Color{1, 1, 1}, 2})
	fmt.Printf("%#v\n", struct {
		C Color
		I ID
	}{Color{9, 9, 9}, 3})
	var e error = &Err{"x"}
	fmt.Printf("%v %s %+v\n", e, e, []error{e, nil})
	fmt.Printf("%#v %#v %#v %#v\n", 42, "q", []string{"a"}, map[int]bool{1: true})
	fmt.Printf("%#v %#v %#v\n", 1.0, float32(2.5), complex(1, -2))
	fmt.Printf("%#v %#v\n", [2]bool{true}, struct{}{})
	var np *Pixel
	fmt.Printf("%#v %v %+v\n", np, np, np)
	fmt.Printf("%#x %#o %#b %#q %#U\n", 255, 8, 5, "hi", 'é')
	fmt.Printf("%v %#v\n", any(nil), any(nil))
	type pair struct {
		a, b any
	}
	fmt.Printf("%v %+v\n", pair{1, "x"}, pair{nil, Color{}})
}
