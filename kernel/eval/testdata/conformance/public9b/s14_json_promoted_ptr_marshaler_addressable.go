package main

import (
	"encoding/json"
	"fmt"
	"math/big"
)

// Amount embeds big.Int, whose MarshalJSON has a pointer receiver: it is
// in the method set of *Amount only, so encoding/json uses it where the
// Amount is addressable (through a pointer, as a slice element) and not
// for a field of a struct given by value.

type Amount struct{ big.Int }

type Holder struct {
	A  Amount
	PA *Amount
	L  []Amount
}

func main() {
	var a Amount
	a.SetInt64(42)
	b, err := json.Marshal(Holder{a, &a, []Amount{a}})
	fmt.Println(string(b), err)
	b, err = json.Marshal(&Holder{a, &a, []Amount{a}})
	fmt.Println(string(b), err)
	b, _ = json.Marshal([]Amount{a})
	fmt.Println(string(b))
	b, _ = json.Marshal(map[string]*Amount{"k": &a})
	fmt.Println(string(b))
	var h Holder
	fmt.Println(json.Unmarshal([]byte(`{"A":5,"PA":6,"L":[7]}`), &h), h.A.String(), h.PA.String(), h.L[0].String())
}
