import { render } from 'preact';
import { CAST_CSS } from '../ui/cast-styles';
import { PopupApp } from './PopupApp';

const style = document.createElement('style');
style.textContent = CAST_CSS;
document.head.append(style);
render(<PopupApp />, document.getElementById('root')!);
