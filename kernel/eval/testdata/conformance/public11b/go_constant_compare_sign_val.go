package main

import (
	"fmt"
	"go/constant"
	"go/token"
	"math"
	"slices"
)

func main() {
	// ExampleCompare
	{
		vs := []constant.Value{
			constant.MakeString("Z"),
			constant.MakeString("bacon"),
			constant.MakeString("go"),
			constant.MakeString("Frame"),
			constant.MakeString("defer"),
			constant.MakeFromLiteral(`"a"`, token.STRING, 0),
		}

		slices.SortFunc(vs, func(a, b constant.Value) int {
			if constant.Compare(a, token.LSS, b) {
				return -1
			}
			if constant.Compare(a, token.GTR, b) {
				return +1
			}
			return 0
		})

		for _, v := range vs {
			fmt.Println(constant.StringVal(v))
		}

	}

	// ExampleSign
	{
		zero := constant.MakeInt64(0)
		one := constant.MakeInt64(1)
		negOne := constant.MakeInt64(-1)

		mkComplex := func(a, b constant.Value) constant.Value {
			b = constant.MakeImag(b)
			return constant.BinaryOp(a, token.ADD, b)
		}

		vs := []constant.Value{
			negOne,
			mkComplex(zero, negOne),
			mkComplex(one, negOne),
			mkComplex(negOne, one),
			mkComplex(negOne, negOne),
			zero,
			mkComplex(zero, zero),
			one,
			mkComplex(zero, one),
			mkComplex(one, one),
		}

		for _, v := range vs {
			fmt.Printf("% d %s\n", constant.Sign(v), v)
		}

	}

	// ExampleVal
	{
		maxint := constant.MakeInt64(math.MaxInt64)
		fmt.Printf("%v\n", constant.Val(maxint))

		e := constant.MakeFloat64(math.E)
		fmt.Printf("%v\n", constant.Val(e))

		b := constant.MakeBool(true)
		fmt.Printf("%v\n", constant.Val(b))

		b = constant.Make(false)
		fmt.Printf("%v\n", constant.Val(b))

	}
}
