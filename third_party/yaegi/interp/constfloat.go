package interp

import "go/constant"

// constFloat64Val is constant.Float64Val for the value of a constant in a
// program (gonotes patch): Go's constants have no negative zero, and one
// too small to be a float64 (-1e-10000) is +0, where Float64Val keeps the
// sign of x.
func constFloat64Val(x constant.Value) (float64, bool) {
	f, exact := constant.Float64Val(x)
	if f == 0 {
		f = 0
	}
	return f, exact
}

// constFloat32Val is constFloat64Val for float32.
func constFloat32Val(x constant.Value) (float32, bool) {
	f, exact := constant.Float32Val(x)
	if f == 0 {
		f = 0
	}
	return f, exact
}
