package main

import (
	"encoding/json"
	"fmt"
	"math"
)

type Measure struct {
	F32 float32
	F64 float64
	I8  int8
	U   uint
	Any any
}

// Number edge cases: float formatting, overflow errors, -0, large ints in any.
func main() {
	out, err := json.Marshal(Measure{F32: 0.1, F64: 1e21, I8: -128, U: math.MaxUint32, Any: 1e-7})
	fmt.Println(string(out), err)
	out, _ = json.Marshal([]float64{0, math.Copysign(0, -1), 1e20, 123456789.125, 1e-6, 5e-324})
	fmt.Println(string(out))
	for _, d := range []string{`{"I8":128}`, `{"U":-1}`, `{"F32":1e40}`, `{"I8":1.5}`, `{"Any":12345678901234567890}`} {
		var m Measure
		err := json.Unmarshal([]byte(d), &m)
		fmt.Printf("%v | %v %v %v %v\n", err, m.I8, m.U, m.F32, m.Any)
	}
}
