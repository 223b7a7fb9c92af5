package widgets

import "sync"

// IntProgress is a progress bar of integers (ipywidgets.IntProgress).
type IntProgress struct {
	// Min and Max are the ends of the bar; a zero Max means 100, as in
	// ipywidgets.
	Min, Max int
	// Description is the label before the bar.
	Description string
	// BarStyle is "", "success", "info", "warning" or "danger".
	BarStyle string

	lazy lazy
}

func (p *IntProgress) model() *model {
	return p.lazy.get(func() *model {
		max := p.Max
		if max == 0 {
			max = 100
		}
		return domModel(progress("IntProgress", p.Description, p.BarStyle, p.Min, max, "value", "min", "max"))
	})
}

// progress describes a progress bar's model (IntProgress, FloatProgress).
func progress(class, description, barStyle string, min, max any, ints ...string) dom {
	return dom{
		spec: spec{class: class, name: class + "Model", view: "ProgressView", ints: ints,
			state: map[string]any{"value": min, "min": min, "max": max, "description": description,
				"description_allow_html": false, "bar_style": barStyle, "orientation": "horizontal"}},
		style: "ProgressStyleModel", styleState: map[string]any{"bar_color": nil, "description_width": ""},
	}
}

// Value returns the bar's value.
func (p *IntProgress) Value() int { return toInt(p.model().get("value")) }

// SetValue sets the bar's value; the front end shows it at once.
func (p *IntProgress) SetValue(v int) { p.model().set(map[string]any{"value": v}) }

// Add adds delta to the value atomically (goroutines may all call it) and
// returns the new value.
func (p *IntProgress) Add(delta int) int {
	return toInt(p.model().update("value", func(old any) any { return toInt(old) + delta }))
}

// SetBarStyle changes the bar's style ("", "success", "info", "warning", "danger").
func (p *IntProgress) SetBarStyle(s string) { p.model().set(map[string]any{"bar_style": s}) }

// SetDescription changes the label before the bar.
func (p *IntProgress) SetDescription(s string) { p.model().set(map[string]any{"description": s}) }

// ModelID returns the id of the widget's model.
func (p *IntProgress) ModelID() string { return p.model().comm.ID() }

// State returns a copy of the widget's state.
func (p *IntProgress) State() map[string]any { return p.model().snapshot() }

// MimeBundle returns the widget's view, with its text form as a fallback.
func (p *IntProgress) MimeBundle() map[string]any { return p.model().bundle(p.String()) }

// Close removes the widget from the front end.
func (p *IntProgress) Close() { p.model().close() }

// String returns ipywidgets' text form, e.g. "IntProgress(value=3, max=20)".
func (p *IntProgress) String() string {
	return p.model().repr(map[string]any{"min": 0, "max": 100, "description": "", "bar_style": ""}, "min", "max", "description", "bar_style")
}

// FloatProgress is a progress bar of floating-point numbers
// (ipywidgets.FloatProgress).
type FloatProgress struct {
	// Min and Max are the ends of the bar; a zero Max means 100.
	Min, Max float64
	// Description is the label before the bar.
	Description string
	// BarStyle is "", "success", "info", "warning" or "danger".
	BarStyle string

	lazy lazy
}

func (p *FloatProgress) model() *model {
	return p.lazy.get(func() *model {
		max := p.Max
		if max == 0 {
			max = 100
		}
		return domModel(progress("FloatProgress", p.Description, p.BarStyle, p.Min, max))
	})
}

// Value returns the bar's value.
func (p *FloatProgress) Value() float64 { return toFloat(p.model().get("value")) }

// SetValue sets the bar's value; the front end shows it at once.
func (p *FloatProgress) SetValue(v float64) { p.model().set(map[string]any{"value": v}) }

// Add adds delta to the value atomically and returns the new value.
func (p *FloatProgress) Add(delta float64) float64 {
	return toFloat(p.model().update("value", func(old any) any { return toFloat(old) + delta }))
}

// SetBarStyle changes the bar's style.
func (p *FloatProgress) SetBarStyle(s string) { p.model().set(map[string]any{"bar_style": s}) }

// ModelID returns the id of the widget's model.
func (p *FloatProgress) ModelID() string { return p.model().comm.ID() }

// State returns a copy of the widget's state.
func (p *FloatProgress) State() map[string]any { return p.model().snapshot() }

// MimeBundle returns the widget's view, with its text form as a fallback.
func (p *FloatProgress) MimeBundle() map[string]any { return p.model().bundle(p.String()) }

// Close removes the widget from the front end.
func (p *FloatProgress) Close() { p.model().close() }

// String returns ipywidgets' text form, e.g. "FloatProgress(value=0.5, max=1.0)".
func (p *FloatProgress) String() string {
	return p.model().repr(map[string]any{"min": 0.0, "max": 100.0, "description": "", "bar_style": ""}, "min", "max", "description", "bar_style")
}

// IntSlider is a slider of integers (ipywidgets.IntSlider).
type IntSlider struct {
	// Min and Max are the ends of the slider; a zero Max means 100.
	Min, Max int
	// Step is the slider's step; zero means 1.
	Step int
	// Description is the label before the slider.
	Description string
	// Disabled makes the slider read-only in the front end.
	Disabled bool

	lazy     lazy
	mu       sync.Mutex
	onChange func(v int)
}

func (s *IntSlider) model() *model {
	return s.lazy.get(func() *model {
		max, step := s.Max, s.Step
		if max == 0 {
			max = 100
		}
		if step == 0 {
			step = 1
		}
		return domModel(dom{
			spec: spec{class: "IntSlider", name: "IntSliderModel", view: "IntSliderView",
				ints: []string{"value", "min", "max", "step"}, onUpdate: s.changed,
				state: map[string]any{"value": s.Min, "min": s.Min, "max": max, "step": step, "description": s.Description,
					"description_allow_html": false, "disabled": s.Disabled, "orientation": "horizontal",
					"readout": true, "readout_format": "d", "continuous_update": true, "behavior": "drag-tap"}},
			style: "SliderStyleModel", styleState: map[string]any{"description_width": "", "handle_color": nil},
		})
	})
}

// changed calls the OnChange function with the value the user chose.
func (s *IntSlider) changed(state map[string]any) {
	v, ok := state["value"]
	if !ok {
		return
	}
	s.mu.Lock()
	f := s.onChange
	s.mu.Unlock()
	if f != nil {
		f(toInt(v))
	}
}

// Value returns the slider's value (the one the user chose, once moved).
func (s *IntSlider) Value() int { return toInt(s.model().get("value")) }

// SetValue moves the slider.
func (s *IntSlider) SetValue(v int) { s.model().set(map[string]any{"value": v}) }

// OnChange sets the function called with the new value each time the user
// moves the slider in the front end (nil: none). It runs in the kernel's
// handler of the front end's message.
func (s *IntSlider) OnChange(f func(v int)) {
	s.model()
	s.mu.Lock()
	s.onChange = f
	s.mu.Unlock()
}

// ModelID returns the id of the widget's model.
func (s *IntSlider) ModelID() string { return s.model().comm.ID() }

// State returns a copy of the widget's state.
func (s *IntSlider) State() map[string]any { return s.model().snapshot() }

// MimeBundle returns the widget's view, with its text form as a fallback.
func (s *IntSlider) MimeBundle() map[string]any { return s.model().bundle(s.String()) }

// Close removes the widget from the front end.
func (s *IntSlider) Close() { s.model().close() }

// String returns ipywidgets' text form, e.g. "IntSlider(value=5, max=10)".
func (s *IntSlider) String() string {
	return s.model().repr(map[string]any{"min": 0, "max": 100, "step": 1, "description": "", "disabled": false},
		"min", "max", "step", "description", "disabled")
}

// Button is a button (ipywidgets.Button).
type Button struct {
	// Description is the button's label.
	Description string
	// Tooltip is shown when the mouse is over the button.
	Tooltip string
	// ButtonStyle is "", "primary", "success", "info", "warning" or "danger".
	ButtonStyle string
	// Icon is a Font Awesome icon name, e.g. "check".
	Icon string
	// Disabled makes the button unclickable.
	Disabled bool

	lazy    lazy
	mu      sync.Mutex
	onClick []func()
}

func (b *Button) model() *model {
	return b.lazy.get(func() *model {
		var tooltip any
		if b.Tooltip != "" {
			tooltip = b.Tooltip
		}
		return domModel(dom{
			spec: spec{class: "Button", name: "ButtonModel", view: "ButtonView", onCustom: b.custom,
				state: map[string]any{"description": b.Description, "tooltip": tooltip, "button_style": b.ButtonStyle,
					"icon": b.Icon, "disabled": b.Disabled}},
			style: "ButtonStyleModel", styleState: map[string]any{"button_color": nil, "font_family": nil, "font_size": nil,
				"font_style": nil, "font_variant": nil, "font_weight": nil, "text_color": nil, "text_decoration": nil},
		})
	})
}

// custom calls the OnClick functions on a click in the front end.
func (b *Button) custom(content map[string]any) {
	if content["event"] != "click" {
		return
	}
	b.mu.Lock()
	fs := append([]func(){}, b.onClick...)
	b.mu.Unlock()
	for _, f := range fs {
		f()
	}
}

// OnClick adds f to the functions called, in order, each time the button
// is clicked in the front end (ipywidgets' on_click). They run in the
// kernel's handler of the front end's message.
func (b *Button) OnClick(f func()) {
	b.model()
	b.mu.Lock()
	b.onClick = append(b.onClick, f)
	b.mu.Unlock()
}

// SetDescription changes the button's label.
func (b *Button) SetDescription(s string) { b.model().set(map[string]any{"description": s}) }

// SetDisabled enables or disables the button.
func (b *Button) SetDisabled(d bool) { b.model().set(map[string]any{"disabled": d}) }

// ModelID returns the id of the widget's model.
func (b *Button) ModelID() string { return b.model().comm.ID() }

// State returns a copy of the widget's state.
func (b *Button) State() map[string]any { return b.model().snapshot() }

// MimeBundle returns the widget's view, with its text form as a fallback.
func (b *Button) MimeBundle() map[string]any { return b.model().bundle(b.String()) }

// Close removes the widget from the front end.
func (b *Button) Close() { b.model().close() }

// String returns ipywidgets' text form, e.g.
// "Button(description='Go', style=ButtonStyle())".
func (b *Button) String() string {
	st := b.model().snapshot()
	delete(st, "value")
	s := (&model{class: "Button", state: st}).repr(map[string]any{"description": "", "button_style": "", "icon": "", "disabled": false, "tooltip": nil},
		"description", "button_style", "icon", "disabled", "tooltip")
	return s[:len(s)-1] + sep(s) + "style=ButtonStyle())"
}

func sep(repr string) string {
	if repr[len(repr)-2] == '(' {
		return ""
	}
	return ", "
}

// HTML shows a fragment of HTML that Go can change (ipywidgets.HTML).
type HTML struct {
	// Description is the label before the HTML.
	Description string

	lazy  lazy
	value string
}

// NewHTML returns an HTML widget showing s.
func NewHTML(s string) *HTML { return &HTML{value: s} }

func (h *HTML) model() *model {
	return h.lazy.get(func() *model {
		return domModel(dom{
			spec: spec{class: "HTML", name: "HTMLModel", view: "HTMLView",
				state: map[string]any{"value": h.value, "description": h.Description, "description_allow_html": false,
					"placeholder": "\u200b"}},
			style: "HTMLStyleModel", styleState: map[string]any{"background": nil, "description_width": "", "font_size": nil, "text_color": nil},
		})
	})
}

// Value returns the HTML shown.
func (h *HTML) Value() string { s, _ := h.model().get("value").(string); return s }

// SetValue replaces the HTML shown.
func (h *HTML) SetValue(s string) { h.model().set(map[string]any{"value": s}) }

// ModelID returns the id of the widget's model.
func (h *HTML) ModelID() string { return h.model().comm.ID() }

// State returns a copy of the widget's state.
func (h *HTML) State() map[string]any { return h.model().snapshot() }

// MimeBundle returns the widget's view, with its text form as a fallback.
func (h *HTML) MimeBundle() map[string]any { return h.model().bundle(h.String()) }

// Close removes the widget from the front end.
func (h *HTML) Close() { h.model().close() }

// String returns ipywidgets' text form, e.g. "HTML(value='<b>hi</b>')".
func (h *HTML) String() string {
	return h.model().repr(map[string]any{"description": "", "placeholder": "\u200b"}, "description", "placeholder")
}
