package stdlib

import (
	"reflect"

	"github.com/traefik/yaegi/stdlib/generic/support"
)

// The compiled helpers of the hand-written generic replacements (see
// stdlib/generic/support). gonotes patch.
func init() {
	Symbols["github.com/traefik/yaegi/stdlib/generic/support/support"] = map[string]reflect.Value{
		"AddCleanup":       reflect.ValueOf(support.AddCleanup),
		"HKDFExpand":       reflect.ValueOf(support.HKDFExpand),
		"HKDFExtract":      reflect.ValueOf(support.HKDFExtract),
		"HKDFKey":          reflect.ValueOf(support.HKDFKey),
		"MakeWeak":         reflect.ValueOf(support.MakeWeak),
		"PBKDF2Key":        reflect.ValueOf(support.PBKDF2Key),
		"SQLConvertAssign": reflect.ValueOf(support.SQLConvertAssign),
		"Weak":             reflect.ValueOf((*support.Weak)(nil)),
		"WeakValue":        reflect.ValueOf(support.WeakValue),
	}
}
