package main

import (
	"fmt"
	"go/constant"
	"go/token"
)

func main() {
	// Example_complexNumbers
	{
		// Create the complex number 2.3 + 5i.
		ar := constant.MakeFloat64(2.3)
		ai := constant.MakeImag(constant.MakeInt64(5))
		a := constant.BinaryOp(ar, token.ADD, ai)

		// Compute (2.3 + 5i) * 11.
		b := constant.MakeUint64(11)
		c := constant.BinaryOp(a, token.MUL, b)

		// Convert c into a complex128.
		Ar, exact := constant.Float64Val(constant.Real(c))
		if !exact {
			fmt.Printf("Could not represent real part %s exactly as float64\n", constant.Real(c))
		}
		Ai, exact := constant.Float64Val(constant.Imag(c))
		if !exact {
			fmt.Printf("Could not represent imaginary part %s as exactly as float64\n", constant.Imag(c))
		}
		C := complex(Ar, Ai)

		fmt.Println("literal", 25.3+55i)
		fmt.Println("go/constant", c)
		fmt.Println("complex128", C)

	}

	// ExampleBinaryOp
	{
		// 11 / 0.5
		a := constant.MakeUint64(11)
		b := constant.MakeFloat64(0.5)
		c := constant.BinaryOp(a, token.QUO, b)
		fmt.Println(c)

	}

	// ExampleUnaryOp
	{
		vs := []constant.Value{
			constant.MakeBool(true),
			constant.MakeFloat64(2.7),
			constant.MakeUint64(42),
		}

		for i, v := range vs {
			switch v.Kind() {
			case constant.Bool:
				vs[i] = constant.UnaryOp(token.NOT, v, 0)

			case constant.Float:
				vs[i] = constant.UnaryOp(token.SUB, v, 0)

			case constant.Int:
				// Use 16-bit precision.
				// This would be equivalent to ^uint16(v).
				vs[i] = constant.UnaryOp(token.XOR, v, 16)
			}
		}

		for _, v := range vs {
			fmt.Println(v)
		}

	}
}
