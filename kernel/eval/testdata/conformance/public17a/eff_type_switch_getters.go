package main

import (
	"fmt"
	"strconv"
)

type Stringer interface{ String() string }

type Temp float64

func (t Temp) String() string { return strconv.FormatFloat(float64(t), 'f', 1, 64) + "°C" }

type Person struct {
	owner string
}

func (p *Person) Owner() string         { return p.owner }
func (p *Person) SetOwner(owner string) { p.owner = owner }

func toString(value interface{}) string {
	switch str := value.(type) {
	case string:
		return str
	case Stringer:
		return str.String()
	case []byte:
		return "bytes:" + string(str)
	case nil:
		return "<nil>"
	}
	return fmt.Sprintf("?%v", value)
}

func main() {
	fmt.Println(toString("s"), toString(Temp(21.55)), toString([]byte("b")), toString(nil), toString(3))
	p := &Person{}
	p.SetOwner("ann")
	fmt.Println(p.Owner())
	var t interface{} = true
	switch t := t.(type) {
	default:
		fmt.Printf("unexpected type %T\n", t)
	case bool:
		fmt.Printf("boolean %t\n", t)
	case int:
		fmt.Printf("integer %d\n", t)
	case *bool:
		fmt.Printf("pointer to boolean %t\n", *t)
	}
}
